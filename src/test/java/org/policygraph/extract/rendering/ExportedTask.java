package org.policygraph.extract.rendering;

import java.util.List;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.extract.Responsibility;
import org.policygraph.extract.Role;
import org.policygraph.extract.Task;

/**
 * A task as {@code export --format jsonl} gives it, built from the extractor's output without a store: leads, the
 * supports (every responsible unit that is not a lead, implementers included) and the deadline's text.
 */
record ExportedTask(String file, int line, String text, List<String> leads, List<String> supports, String deadline) {
    static List<ExportedTask> of(ExtractedDocument doc) {
        return doc.tasks().stream().map(t -> of(doc.document().sourceFile(), t)).toList();
    }

    static ExportedTask of(String file, Task t) {
        List<String> leads = t.responsibilities().stream().filter(r -> r.role() == Role.LEADS)
                .map(Responsibility::asWritten).toList();
        List<String> supports = t.responsibilities().stream().filter(r -> r.role() != Role.LEADS)
                .map(Responsibility::asWritten).toList();
        return new ExportedTask(file, t.line(), t.text(), leads, supports,
                t.deadline() == null ? null : t.deadline().text());
    }

    boolean hasUnits() {
        return !leads.isEmpty() || !supports.isEmpty();
    }
}
