package org.policygraph.graph.read;

import java.util.List;

/**
 * A task with its document, departments, deadline, targets and projects: what an answer is built from. {@code dueKind}
 * is the DUE_BY kind (complete, start, relative, ongoing).
 */
public record TaskFacts(String id, String docKey, String docNo, String title, String issuedOn, String issuer,
                        String sectionPath, String sectionHeading, String text, String sourceFile, int line,
                        List<Assignment> leads, List<Assignment> supports, String dueDate, String duePrecision,
                        String dueText, String dueKind, List<TargetInfo> targets, List<String> projects,
                        String dueQuote) {
    /** Without the due cell ({@code dueQuote}: the whole 完成时间 cell when it stages several dates, else null). */
    public TaskFacts(String id, String docKey, String docNo, String title, String issuedOn, String issuer,
                     String sectionPath, String sectionHeading, String text, String sourceFile, int line,
                     List<Assignment> leads, List<Assignment> supports, String dueDate, String duePrecision,
                     String dueText, String dueKind, List<TargetInfo> targets, List<String> projects) {
        this(id, docKey, docNo, title, issuedOn, issuer, sectionPath, sectionHeading, text, sourceFile, line, leads,
                supports, dueDate, duePrecision, dueText, dueKind, targets, projects, null);
    }

    public boolean hasDepartments() {
        return !leads.isEmpty() || !supports.isEmpty();
    }
}
