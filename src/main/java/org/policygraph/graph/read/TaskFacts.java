package org.policygraph.graph.read;

import java.util.List;

/**
 * A task with its document, departments, deadline, targets and projects: what an answer is built from. {@code dueKind}
 * is the DUE_BY kind (complete, start, relative, ongoing); {@code named} the bodies its text names in another capacity
 * (NAMED_IN: basis is the relation, approver, recipient, founded…; quote the sentence).
 */
public record TaskFacts(String id, String docKey, String docNo, String title, String issuedOn, String issuer,
                        String sectionPath, String sectionHeading, String text, String sourceFile, int line,
                        List<Assignment> leads, List<Assignment> supports, String dueDate, String duePrecision,
                        String dueText, String dueKind, List<TargetInfo> targets, List<String> projects,
                        String dueQuote, List<Assignment> named) {
    /** A catalog saved before NAMED_IN existed holds no {@code named}: none, not null. */
    public TaskFacts {
        named = named == null ? List.of() : named;
    }

    /** Without the bodies named in another capacity. */
    public TaskFacts(String id, String docKey, String docNo, String title, String issuedOn, String issuer,
                     String sectionPath, String sectionHeading, String text, String sourceFile, int line,
                     List<Assignment> leads, List<Assignment> supports, String dueDate, String duePrecision,
                     String dueText, String dueKind, List<TargetInfo> targets, List<String> projects, String dueQuote) {
        this(id, docKey, docNo, title, issuedOn, issuer, sectionPath, sectionHeading, text, sourceFile, line, leads,
                supports, dueDate, duePrecision, dueText, dueKind, targets, projects, dueQuote, List.of());
    }

    /** Without the due cell ({@code dueQuote}: the whole 完成时间 cell when it stages several dates, else null). */
    public TaskFacts(String id, String docKey, String docNo, String title, String issuedOn, String issuer,
                     String sectionPath, String sectionHeading, String text, String sourceFile, int line,
                     List<Assignment> leads, List<Assignment> supports, String dueDate, String duePrecision,
                     String dueText, String dueKind, List<TargetInfo> targets, List<String> projects) {
        this(id, docKey, docNo, title, issuedOn, issuer, sectionPath, sectionHeading, text, sourceFile, line, leads,
                supports, dueDate, duePrecision, dueText, dueKind, targets, projects, null, List.of());
    }

    public boolean hasDepartments() {
        return !leads.isEmpty() || !supports.isEmpty();
    }
}
