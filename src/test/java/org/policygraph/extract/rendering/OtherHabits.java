package org.policygraph.extract.rendering;

import java.util.List;
import org.policygraph.extract.rendering.Layouts.Layout;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * Layouts of offices the first layouts do not cover: one 责任单位 bracket 【】 whose lead and supporters are told apart
 * by 牵头/配合 and split by ；, a table whose role columns are headed by short words (主办/协办), label lines that
 * name the leader first and then the lead and the other units (牵头领导：/牵头单位：/责任单位：), and a Word table with
 * section rows across it and lead cells merged down where tasks share a lead.
 */
final class OtherHabits {
    private static final String SECTION = "一、重点工作任务\n";

    private OtherHabits() {
    }

    static List<Layout> all() {
        return List.of(
                new Layout("bracket 【责任单位：X牵头；Y配合】", OtherHabits::splitByRole, SECTION, ""),
                new Layout("table headed 主办/协办", OtherHabits::shortHeaderRow, shortHeader(), ""),
                new Layout("label lines 牵头领导/牵头单位/责任单位", OtherHabits::leaderFirst, SECTION, ""),
                new Layout("docx table, merged lead cells, section rows", (t, i) -> "", "", "", ".docx", DocxTable::write));
    }

    /** 「…。【责任单位：X牵头；Y、Z配合】」, the time limit on a line of its own. */
    private static String splitByRole(RenderTask t, int i) {
        String units = String.join("、", t.leads()) + "牵头"
                + (t.supports().isEmpty() ? "" : "；" + String.join("、", t.supports()) + "配合");
        return Layouts.item(t, i) + "【" + Synonyms.nth(Field.RESPONSIBLE, i) + "：" + units + "】\n" + Layouts.slotLine(t, i);
    }

    private static String shortHeader() {
        return "| 序号 | " + Synonyms.nth(Field.TASK, 3) + " | 主办 | 协办 | 时限 |\n| --- | --- | --- | --- | --- |\n";
    }

    private static String shortHeaderRow(RenderTask t, int i) {
        return "| " + (i + 1) + " | " + t.body() + " | " + String.join("、", t.leads()) + " | "
                + String.join("、", t.supports()) + " | " + (t.gold().deadline() == null ? "" : t.gold().deadline()) + " |\n";
    }

    /** The task, then 「牵头领导：…」, 「牵头单位：X」 and 「责任单位：Y、Z」 (the units besides the lead). */
    private static String leaderFirst(RenderTask t, int i) {
        StringBuilder out = new StringBuilder(Layouts.item(t, i)).append('\n');
        out.append(Synonyms.nth(Field.LEADER, i + 1)).append("：赵建华\n");
        out.append(Synonyms.nth(Field.LEAD, i + 1)).append("：").append(String.join("、", t.leads())).append('\n');
        if (!t.supports().isEmpty()) {
            out.append(Synonyms.nth(Field.RESPONSIBLE, i + 1)).append("：").append(String.join("、", t.supports())).append('\n');
        }
        return out.append(Layouts.slotLine(t, i)).toString();
    }
}
