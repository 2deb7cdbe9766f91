package org.policygraph.ask.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.ask.question.GraphQuestion.Dated;
import org.policygraph.ask.question.GraphQuestion.Measure;
import org.policygraph.ask.question.GraphQuestion.Role;

/**
 * Tells a question the graph answers by counting or sorting tasks (「市发改委一共牵头多少项」, 「各部门牵头任务数排个序」,
 * 「今年三季度到期的任务有哪些」, "How many tasks have no deadline in …") from every other question, with the cues of
 * graph-import/graph-question-cues.tsv, and reads its filters: role, units, documents, due-date window.
 */
public final class GraphQuestionReader {
    private enum Cue {
        COUNT, RANK, TASKS, DUE, LIST, AMOUNT, ROLE_LEAD, ROLE_SUPPORT, RANK_DOCUMENTS, DOCUMENT_NAMED, NO_DEADLINE,
        WITH_DEADLINE
    }

    private final Map<Cue, List<Pattern>> cues = new EnumMap<>(Cue.class);
    private final DateWindowReader dates = new DateWindowReader();
    private final DepartmentNames departments;

    public GraphQuestionReader(DepartmentNames departments) {
        this.departments = departments;
        for (String line : Texts.lines("graph-import/graph-question-cues.tsv")) {
            String[] columns = line.split("\t", 2);
            cues.computeIfAbsent(Cue.valueOf(columns[0].strip()), k -> new ArrayList<>()).add(
                    Pattern.compile(columns[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The graph question asked, read at {@code today} unless the question states its as-of date; else empty. */
    public Optional<GraphQuestion> read(Question question, LocalDate today) {
        String text = question.text().toLowerCase(Locale.ROOT);
        Dated dated = has(Cue.NO_DEADLINE, text) ? Dated.WITHOUT : has(Cue.WITH_DEADLINE, text) ? Dated.WITH
                : Dated.ANY;
        DateWindow window = has(Cue.DUE, text) && dated != Dated.WITHOUT
                ? dates.window(text, today).orElse(null) : null;
        Optional<Measure> measure = measure(text, window, dated);
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        boolean lead = has(Cue.ROLE_LEAD, text);
        boolean support = has(Cue.ROLE_SUPPORT, text);
        Role role = lead == support ? Role.ANY : lead ? Role.LEAD : Role.SUPPORT;
        List<String> units = measure.get() == Measure.RANK_UNITS ? List.of() : units(question);
        return Optional.of(new GraphQuestion(measure.get(), role, units, documents(question, text, measure.get()),
                window, dated));
    }

    private Optional<Measure> measure(String text, DateWindow window, Dated dated) {
        if (has(Cue.RANK, text) && has(Cue.TASKS, text) && !has(Cue.AMOUNT, text)) {
            return Optional.of(has(Cue.RANK_DOCUMENTS, text) ? Measure.RANK_DOCUMENTS : Measure.RANK_UNITS);
        }
        if (has(Cue.COUNT, text) && (has(Cue.TASKS, text) || has(Cue.DUE, text) || dated != Dated.ANY)) {
            return Optional.of(Measure.COUNT);
        }
        boolean listed = (has(Cue.LIST, text) || has(Cue.TASKS, text)) && !has(Cue.AMOUNT, text);
        if (listed && (window != null || dated == Dated.WITHOUT && has(Cue.TASKS, text))) {
            return Optional.of(Measure.LIST);
        }
        return Optional.empty();
    }

    /**
     * The documents named by number or place; else, when the question names documents by their title words (and
     * does not rank documents), those its words point at; else none (all).
     */
    private Set<String> documents(Question question, String text, Measure measure) {
        if (!question.scope().isEmpty() || measure == Measure.RANK_DOCUMENTS || !has(Cue.DOCUMENT_NAMED, text)) {
            return question.scope();
        }
        return DocumentScope.of(question);
    }

    /** Every department of the names the question gives (several places may each have one of that name). */
    private List<String> units(Question question) {
        Set<String> names = new LinkedHashSet<>();
        for (String canonical : question.departments()) {
            names.addAll(departments.sameNamed(canonical, !question.scope().isEmpty()));
        }
        return List.copyOf(names);
    }

    private boolean has(Cue cue, String text) {
        return cues.getOrDefault(cue, List.of()).stream().anyMatch(p -> p.matcher(text).find());
    }
}
