package org.policygraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes that govern the lists or tasks around them, as {@code graph-import/standing-notes.tsv} words them: listing
 * notes (「列第一位的为牵头单位，下同」) and hand-off notes that give a group of tasks to units once (「以上任务由各县区
 * 人民政府负责」 covers the tasks above it in its part, 「本部分任务均由…负责」 those of its part after it).
 */
final class StandingNotes {
    private static final String RESOURCE = "graph-import/standing-notes.tsv";
    private static final Map<String, String> ROWS = TsvRows.pairs(RESOURCE);
    private static final List<Pattern> LISTING = of("listing");
    private static final List<Pattern> OPENERS = of("opener");
    private static final List<Pattern> ABOVE = of("above");
    private static final List<Pattern> BELOW = of("below");
    /** A paragraph enclosed in one bracket: 「（以上任务由各县区人民政府负责）」. */
    private static final Pattern ENCLOSED = Pattern.compile("^[（(〔【\\[](.*)[）)〕】\\]]$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\s]");

    /** Which tasks a hand-off note covers. */
    enum Scope { ABOVE, BELOW }

    /** A hand-off note: the units it names (as written) and the tasks it covers. */
    record HandOff(Scope scope, String units, String quote) {
    }

    private StandingNotes() {
    }

    /** The listing notes with a group "role" naming what the first-listed unit is (for {@link ListingRule}). */
    static List<Pattern> listingRules() {
        return LISTING.stream().filter(p -> p.pattern().contains("(?<role>")).toList();
    }

    /** The hand-off note a paragraph is, if it is one. */
    static Optional<HandOff> handOff(String paragraph) {
        String text = unwrapped(paragraph);
        for (Scope scope : Scope.values()) {
            for (Pattern p : scope == Scope.ABOVE ? ABOVE : BELOW) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    return Optional.of(new HandOff(scope, m.group("units").strip(), text));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when the paragraph is only a listing note: enclosed in a bracket or opened by 注：/说明：, or nothing but
     * the note once the note's own remark is taken out.
     */
    static boolean isListingNoteOnly(String paragraph) {
        String text = paragraph.strip();
        if (LISTING.stream().noneMatch(p -> p.matcher(text).find())) {
            return false;
        }
        if (!ResponsibilityReader.readLabelled(unwrapped(text)).isEmpty()) {
            return false;
        }
        boolean set = ENCLOSED.matcher(text).matches() || OPENERS.stream().anyMatch(p -> p.matcher(text).find());
        return set || ListingRule.in(text).map(r -> PUNCTUATION.matcher(text.replace(r.remark(), "")).replaceAll(""))
                .filter(String::isEmpty).isPresent();
    }

    private static String unwrapped(String paragraph) {
        String text = paragraph.strip();
        Matcher m = ENCLOSED.matcher(text);
        return m.matches() ? m.group(1).strip() : text;
    }

    private static List<Pattern> of(String kind) {
        return ROWS.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(e -> Pattern.compile(e.getKey())).toList();
    }
}
