package org.policygraph.extract;

/** One entry of a section in reading order: either a task draft or a label line (牵头单位：… 完成时间：…). */
record SectionItem(int line, int order, TaskDraft task, String label) {
    boolean isLabel() {
        return label != null;
    }
}
