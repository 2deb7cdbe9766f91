package org.policygraph.extract.rendering;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * The layouts a task and its responsibility are written in by offices: label lines after the task, labels in a
 * trailing bracket of every kind, verb forms, and tables (markdown, HTML, flattened one cell per line) with varied
 * headers, section rows, a person column and a progress column. Each renders one numbered item per task.
 */
final class Layouts {
    record Layout(String name, BiFunction<RenderTask, Integer, String> item, String header, String footer,
                  String extension, Function<List<RenderTask>, byte[]> file) {
        Layout(String name, BiFunction<RenderTask, Integer, String> item, String header, String footer) {
            this(name, item, header, footer, ".txt");
        }

        Layout(String name, BiFunction<RenderTask, Integer, String> item, String header, String footer, String extension) {
            this(name, item, header, footer, extension, null);
        }

        /** The file's bytes: the rendered text in UTF-8, or the office file a layout writes itself. */
        byte[] bytes(List<RenderTask> tasks) {
            return file != null ? file.apply(tasks) : render(tasks).getBytes(StandardCharsets.UTF_8);
        }

        String render(List<RenderTask> tasks) {
            StringBuilder out = new StringBuilder(TITLE + "\n").append(header);
            for (int i = 0; i < tasks.size(); i++) {
                out.append(item.apply(tasks.get(i), i));
            }
            return out.append(footer).toString();
        }
    }

    static final String TITLE = "关于印发重点工作任务分解方案的通知";
    private static final String SECTION = "一、重点工作任务\n";

    private Layouts() {
    }

    static List<Layout> all() {
        List<Layout> out = new ArrayList<>();
        out.add(new Layout("label lines", Layouts::labelLines, SECTION, ""));
        out.add(new Layout("label lines, responsible list", Layouts::responsibleLines, SECTION, ""));
        String[][] brackets = {{"（", "）"}, {"(", ")"}, {"〔", "〕"}, {"【", "】"}, {"[", "]"}};
        for (String[] b : brackets) {
            out.add(new Layout("bracket " + b[0] + b[1], (t, i) -> bracketed(t, i, b[0], b[1], i % 2 == 0), SECTION, ""));
        }
        out.add(new Layout("bracket, verbs", (t, i) -> item(t, i) + "（" + verbs(t, "牵头", "等部门配合") + "）\n" + slotLine(t, i),
                SECTION, ""));
        out.add(new Layout("verb form 牵头/配合", (t, i) -> item(t, i) + verbs(t, "牵头", "配合") + "。\n" + slotLine(t, i),
                SECTION, ""));
        out.add(new Layout("verb form 由…负责/参与", (t, i) -> item(t, i) + "由" + String.join("、", t.leads()) + "负责"
                + (t.supports().isEmpty() ? "" : "，" + String.join("、", t.supports()) + "参与") + "。\n" + slotLine(t, i),
                SECTION, ""));
        out.add(new Layout("markdown table", Tables::markdownRow, Tables.markdownHeader(), ""));
        out.add(new Layout("html table, person and progress", Tables::htmlRow, Tables.htmlHeader(),
                "</table></body></html>\n", ".html"));
        out.add(new Layout("one cell per line", Tables::flatRow, Tables.flatHeader(), ""));
        out.addAll(OtherHabits.all());
        return out;
    }

    static String item(RenderTask t, int i) {
        String body = t.body();
        return (i + 1) + "." + body + (body.endsWith("。") ? "" : "。");
    }

    /** The task, then one label line per role (lexicon wordings in turn), a leader line and a time-limit line. */
    private static String labelLines(RenderTask t, int i) {
        StringBuilder out = new StringBuilder(item(t, i)).append('\n');
        Field lead = t.leads().size() > 1 && i % 2 == 0 ? Field.CO_LEAD : Field.LEAD;
        out.append(Synonyms.nth(lead, i)).append(i % 3 == 0 ? ":" : "：").append(String.join("、", t.leads())).append('\n');
        if (!t.supports().isEmpty()) {
            Field role = i % 4 == 3 ? Field.IMPLEMENTER : Field.SUPPORT;
            out.append(Synonyms.nth(role, i)).append("：").append(String.join(i % 3 == 0 ? "," : "、", t.supports())).append('\n');
        }
        out.append(Synonyms.nth(Field.LEADER, i)).append("：王建国\n");
        return out.append(slotLine(t, i)).toString();
    }

    /** A 责任单位-style list, lead first, where the task has one lead; label lines otherwise. */
    private static String responsibleLines(RenderTask t, int i) {
        if (t.leads().size() != 1) {
            return labelLines(t, i + 1);
        }
        List<String> units = new ArrayList<>(t.leads());
        units.addAll(t.supports());
        return item(t, i) + "\n" + Synonyms.nth(Field.RESPONSIBLE, i) + "：" + String.join("、", units) + "\n" + slotLine(t, i);
    }

    private static String bracketed(RenderTask t, int i, String open, String close, boolean ascii) {
        String colon = ascii ? ":" : "：";
        String comma = ascii ? "," : "，";
        StringBuilder in = new StringBuilder(Synonyms.nth(Field.LEAD, i)).append(colon).append(String.join("、", t.leads()));
        if (!t.supports().isEmpty()) {
            in.append(comma).append(Synonyms.nth(Field.SUPPORT, i)).append(colon).append(String.join("、", t.supports()));
        }
        if (t.deadlineSlot() != null) {
            in.append(ascii ? ";" : "；").append(Synonyms.nth(Field.DEADLINE, i)).append(colon).append(t.deadlineSlot());
        }
        return item(t, i) + open + in + close + "\n";
    }

    private static String verbs(RenderTask t, String lead, String support) {
        return String.join("、", t.leads()) + lead
                + (t.supports().isEmpty() ? "" : "，" + String.join("、", t.supports()) + support);
    }

    /** A time-limit label line when the task's words do not hold its deadline. */
    static String slotLine(RenderTask t, int i) {
        return t.deadlineSlot() == null ? "" : Synonyms.nth(Field.DEADLINE, i) + "：" + t.deadlineSlot() + "\n";
    }
}
