package org.policygraph.ask.compose;

import java.util.List;
import java.util.Set;

import org.policygraph.ask.question.DateWindow;
import org.policygraph.ask.question.GraphQuestion;
import org.policygraph.ask.question.GraphQuestion.Role;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.graph.read.TallyFilter;

/** The filters of a graph question as query parameters, and as the words that say what was counted. */
final class GraphPhrases {
    private final Labels labels;
    private final Catalog catalog;

    GraphPhrases(Labels labels, Catalog catalog) {
        this.labels = labels;
        this.catalog = catalog;
    }

    static TallyFilter filter(GraphQuestion g, boolean byDueDate) {
        List<String> roles = switch (g.role()) {
            case LEAD -> List.of("LEADS");
            case SUPPORT -> List.of("SUPPORTS");
            case ANY -> List.of("LEADS", "SUPPORTS");
        };
        DateWindow w = g.window();
        return new TallyFilter(g.documents().isEmpty() ? null : List.copyOf(g.documents()),
                g.units().isEmpty() ? null : g.units(), roles, w == null ? null : w.fromIso(),
                w == null ? null : w.toIso(), g.dated().name().toLowerCase(java.util.Locale.ROOT), byDueDate);
    }

    /** 「在全部48份文件中」 / "In 郑政〔2018〕15号《…》". */
    String scope(GraphQuestion g) {
        Wording w = labels.wording();
        Set<String> docs = g.documents();
        if (docs.isEmpty()) {
            return w.say("graph.scopeAll", catalog.documents().size());
        }
        if (docs.size() == 1) {
            return catalog.document(docs.iterator().next()).map(d -> w.say("graph.scopeOne", labels.document(d, false)))
                    .orElse(w.say("graph.scopeSome", 1));
        }
        return w.say("graph.scopeSome", docs.size());
    }

    /** 「截至2017年6月30日，」 when the question states its as-of date; else nothing. */
    String asOf(GraphQuestion g) {
        DateWindow window = g.window();
        return window == null || !window.asOfStated() ? "" : labels.wording().say("graph.asOf",
                labels.date(window.asOf().toString()));
    }

    /** What is counted: 「市商务局配合的任务（完成时限在…之间）」. */
    String subject(GraphQuestion g, String unit) {
        Wording w = labels.wording();
        String who = unit == null ? w.say("graph.tasks") : w.say(switch (g.role()) {
            case LEAD -> "graph.unitLead";
            case SUPPORT -> "graph.unitSupport";
            case ANY -> "graph.unitAny";
        }, labels.department(unit));
        return who + conditions(g);
    }

    /** The deadline conditions: a window, none, or some. */
    String conditions(GraphQuestion g) {
        Wording w = labels.wording();
        DateWindow window = g.window();
        if (window != null) {
            return window.from() == null ? w.say("graph.dueBy", labels.date(window.toIso()))
                    : w.say("graph.due", labels.date(window.fromIso()), labels.date(window.toIso()));
        }
        return switch (g.dated()) {
            case WITHOUT -> w.say("graph.noDeadline");
            case WITH -> w.say("graph.withDeadline");
            case ANY -> "";
        };
    }

    String role(Role role) {
        return labels.wording().say(switch (role) {
            case LEAD -> "graph.roleLead";
            case SUPPORT -> "graph.roleSupport";
            case ANY -> "graph.roleAny";
        });
    }
}
