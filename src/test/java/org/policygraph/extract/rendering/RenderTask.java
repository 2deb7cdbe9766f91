package org.policygraph.extract.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A gold task ready to be written again in another layout: its words without the numbering and without the
 * responsibility written around them (a trailing bracket with labels or role verbs), and the units to write.
 */
record RenderTask(GoldTask gold, String body) {
    private static final Pattern NUMBERING = Pattern.compile("^[（(]?[0-9一二三四五六七八九十]+[）)．.、]\\s*");
    private static final Pattern ROLE_WORDS = Pattern.compile("单位\\s*[:：]|部门\\s*[:：]|牵头|配合");

    /** The gold tasks that name a lead written apart from the task's own sentence (not as its subject). */
    static List<RenderTask> all() {
        List<RenderTask> out = new ArrayList<>();
        for (GoldTask g : GoldTask.load()) {
            String[] lines = RealPlansScore.read(g.file()).split("\n", -1);
            String body = body(lines[g.line() - 1]);
            boolean unitInBody = g.leads().stream().anyMatch(body::contains) || g.supports().stream().anyMatch(body::contains);
            if (!g.leads().isEmpty() && !unitInBody && body.length() >= 6) {
                out.add(new RenderTask(g, body));
            }
        }
        return out;
    }

    static String body(String line) {
        String s = line.strip().replaceAll("\\s*\\|$", "");
        s = NUMBERING.matcher(s).replaceFirst("");
        int open = trailingBracket(s);
        if (open >= 0 && ROLE_WORDS.matcher(s.substring(open)).find()) {
            s = s.substring(0, open);
        }
        return s.strip();
    }

    /** Where the bracket that closes the line opens (nested brackets inside it kept), or -1. */
    private static int trailingBracket(String s) {
        if (!s.endsWith("）") && !s.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            depth += c == '）' || c == ')' ? 1 : c == '（' || c == '(' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The deadline to write in a slot of its own: null when the words already hold it (or there is none). */
    String deadlineSlot() {
        String d = gold.deadline();
        return d == null || body.contains(d) ? null : d;
    }

    List<String> leads() {
        return gold.leads();
    }

    List<String> supports() {
        return gold.supports();
    }

}
