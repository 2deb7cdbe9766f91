package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;

/** A task being assembled: its text and place, and the label lines of its block once they are known. */
final class TaskDraft {
    final String sectionPath;
    final String text;
    final int line;
    final boolean row;
    /** True when the paragraph is an item of a project list (「重大项目谋划：」 then 「集疏运枢纽网络。…」). */
    boolean projectItem;
    final List<String> blockLabels = new ArrayList<>();
    /** The hand-off notes that cover this task (「以上任务由各县区人民政府负责」). */
    final List<StandingNotes.HandOff> handOffs = new ArrayList<>();
    String id;

    TaskDraft(String sectionPath, String text, int line, boolean row) {
        this.sectionPath = sectionPath;
        this.text = text;
        this.line = line;
        this.row = row;
    }
}
