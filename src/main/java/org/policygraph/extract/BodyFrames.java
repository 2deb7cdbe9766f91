package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.parse.RoleLexicon;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * Bodies a sentence names in a capacity other than lead or support, read by the frame rows of roles.tsv: 「报X批准」
 * (approver), 「上报X」 (recipient), 「成立X，负责…」 (founded), 「办公室设在X」 (host), 「X受…委托」 (entrusted).
 */
final class BodyFrames {
    /** What a frame's X may span: a run of words without a stop (a list 「X、Y」 too); the units in it are the bodies. */
    private static final String SPAN = "[^，,。；;：:！!？?\\s“”\"（）()]{2,40}";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;！!？?\\n])");
    /** Words a span may open with that are no part of a name: 「并及时上报」, 「由…」, 「要报…」. */
    private static final Pattern LEAD_WORDS = Pattern.compile("^(?:并|及时|要|须|应|由|经|向|统一|负责|在|全)+");
    private static final List<Frame> FRAMES = compile(RoleLexicon.get().frames());

    /** A body, what the sentence says it does, and the sentence. */
    record Mention(String body, Field relation, String quote) {
    }

    /** {@code bodyFirst}: X opens the frame (「X受…委托」); {@code bodyLast}: X closes it (「上报X」). */
    private record Frame(Pattern pattern, Field relation, boolean bodyFirst, boolean bodyLast) {
    }

    private BodyFrames() {
    }

    static List<Mention> read(String text) {
        List<Mention> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text == null ? "" : text)) {
            String quote = sentence.strip();
            String flat = quote.replaceAll("\\s+", "");
            boolean[] taken = new boolean[flat.length()];
            for (Frame frame : FRAMES) {
                Matcher m = frame.pattern().matcher(flat);
                // from the next character on, not after the match: 「向省政府报批并向省开放办备案」 holds one at its second 向
                for (int from = 0; from < flat.length() && m.find(from); from = m.start() + 1) {
                    List<String> bodies = units(m.group(1), frame);
                    if (!bodies.isEmpty() && !taken[m.end(1) - 1]) {
                        Arrays.fill(taken, m.start(1), m.end(1), true);
                        bodies.forEach(body -> out.add(new Mention(body, frame.relation(), quote)));
                    }
                }
            }
        }
        return out;
    }

    /** The units a span lists (「上报市委、市政府」), in order; none when its first is no unit. */
    private static List<String> units(String span, Frame frame) {
        String[] pieces = LEAD_WORDS.matcher(span).replaceFirst("").split("、");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            String piece = i == 0 && frame.bodyFirst() ? lastUnit(pieces[i])
                    : i == pieces.length - 1 && frame.bodyLast() ? firstUnit(pieces[i])
                    : isBody(pieces[i]) ? pieces[i] : null;
            if (piece == null) {
                return out;
            }
            out.add(piece);
        }
        return out;
    }

    /** Before the frame's words (「X受…委托」) the span runs from the clause start: its longest end that opens with a
     * level word (市, 区…), else the whole of it. */
    private static String lastUnit(String s) {
        for (int start = 0; start <= s.length() - 2; start++) {
            if (UnitNames.levelPrefix(s.substring(start)) != null && isBody(s.substring(start))) {
                return s.substring(start);
            }
        }
        return isBody(s) ? s : null;
    }

    /** Where the body closes the frame (「上报X，纳入…」) the span runs on: its longest start that is a unit. */
    private static String firstUnit(String s) {
        for (int end = s.length(); end >= 2; end--) {
            if (isBody(s.substring(0, end))) {
                return s.substring(0, end);
            }
        }
        return null;
    }

    /**
     * A named body: not 各部门 (collective), not a place word that ends a phrase (「纳入全市」) though 区政府 is one,
     * not two bodies joined by a verb (「省政府并抄送省开放办」).
     */
    private static boolean isBody(String name) {
        String kind = UnitKinds.kind(name);
        return UnitKinds.isUnit(name) && !kind.equals("collective") && (!kind.equals("district") || name.endsWith("政府"))
                && !name.contains("并");
    }

    private static List<Frame> compile(Map<String, Field> frames) {
        List<Frame> out = new ArrayList<>();
        // the longest frames first: 「报送X批准」 is read before 「报X批准」 could take 送 into the name
        frames.entrySet().stream().sorted(Comparator.comparingInt(e -> -e.getKey().length())).forEach(e -> {
            String wording = e.getKey();
            Field relation = e.getValue();
            int x = wording.indexOf('X');
            String before = words(wording.substring(0, x));
            String after = words(wording.substring(x + 1));
            String span = x == wording.length() - 1 ? "(" + SPAN + ")" : "(" + SPAN + "?)";
            String opening = x == 0 ? "(?:^|(?<=[，,。；;：:、]))" : "";
            out.add(new Frame(Pattern.compile(opening + before + span + after), relation, x == 0,
                    x == wording.length() - 1));
        });
        return out;
    }

    /** A frame's words as a regex: 「…」 a few words between, 「，」 an optional comma. */
    private static String words(String wording) {
        StringBuilder regex = new StringBuilder();
        for (String piece : wording.split("(?=[…，])|(?<=[…，])")) {
            regex.append(switch (piece) {
                case "…" -> "[^，,。；;：:]{0,12}?";
                case "，" -> "[，,]?";
                default -> Pattern.quote(piece);
            });
        }
        return regex.toString();
    }
}
