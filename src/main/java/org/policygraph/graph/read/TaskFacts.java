package org.policygraph.graph.read;

import java.util.List;

/**
 * A task with its document, departments, deadline, targets and projects: what an answer is built from. {@code dueKind}
 * is the DUE_BY kind (complete, start, relative, ongoing).
 */
public record TaskFacts(String id, String docKey, String docNo, String title, String issuedOn, String issuer,
                        String sectionPath, String sectionHeading, String text, String sourceFile, int line,
                        List<Assignment> leads, List<Assignment> supports, String dueDate, String duePrecision,
                        String dueText, String dueKind, List<TargetInfo> targets, List<String> projects) {
    public boolean hasDepartments() {
        return !leads.isEmpty() || !supports.isEmpty();
    }
}
