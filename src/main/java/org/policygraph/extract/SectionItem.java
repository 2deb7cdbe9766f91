package org.policygraph.extract;

/**
 * One entry of a section in reading order: a task draft, a label line (牵头单位：… 完成时间：…) or a hand-off note
 * (「以上任务由各县区人民政府负责」).
 */
record SectionItem(int line, int order, TaskDraft task, String label, StandingNotes.HandOff handOff) {
    SectionItem(int line, int order, TaskDraft task, String label) {
        this(line, order, task, label, null);
    }

    boolean isLabel() {
        return label != null;
    }

    boolean isTask() {
        return task != null;
    }
}
