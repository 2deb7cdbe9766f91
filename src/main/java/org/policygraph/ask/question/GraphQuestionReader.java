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
import org.policygraph.ask.question.GraphQuestion.Unread;

/**
 * Tells a question the graph answers by counting or sorting tasks (「市发改委一共牵头多少项」, 「各部门牵头任务数排个序」,
 * 「今年三季度到期的任务有哪些」, "How many tasks have no deadline in …") from every other question, with the cues of
 * graph-import/graph-question-cues.tsv, and reads its filters: role, units, documents, due-date window.
 */
public final class GraphQuestionReader {
    private enum Cue {
        COUNT, RANK, TASKS, DUE, LIST, AMOUNT, ROLE_LEAD, ROLE_SUPPORT, RANK_DOCUMENTS, DOCUMENT_NAMED, NO_DEADLINE,
        WITH_DEADLINE, UNIT_NAMED, COUNTED, TITLE_PHRASE, WHEN
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
        Set<String> documents = documents(question, text, measure.get());
        return Optional.of(new GraphQuestion(measure.get(), role, units, documents, window, dated,
                unread(question, text, measure.get(), units), counted(text)));
    }

    /**
     * A count or list naming a unit that no name of the graph resolved, or naming a document by title words that
     * point at no document's title, would be answered over every unit or document: say so instead.
     */
    private Unread unread(Question question, String text, Measure measure, List<String> units) {
        if (measure == Measure.RANK_UNITS || measure == Measure.RANK_DOCUMENTS) {
            return Unread.NONE;
        }
        if (units.isEmpty() && has(Cue.UNIT_NAMED, text)) {
            return Unread.UNIT;
        }
        boolean titled = question.namesDocument() || DocumentScope.of(question).stream().anyMatch(question::inScope);
        return has(Cue.DOCUMENT_NAMED, text) && has(Cue.TITLE_PHRASE, text) && !titled ? Unread.DOCUMENT
                : Unread.NONE;
    }

    /** The noun an English count asks for ("items"), or null. */
    private String counted(String text) {
        for (Pattern pattern : cues.getOrDefault(Cue.COUNTED, List.of())) {
            java.util.regex.Matcher m = pattern.matcher(text);
            if (m.find()) {
                for (int i = 1; i <= m.groupCount(); i++) {
                    if (m.group(i) != null) {
                        return m.group(i);
                    }
                }
            }
        }
        return null;
    }

    private Optional<Measure> measure(String text, DateWindow window, Dated dated) {
        if (has(Cue.RANK, text) && has(Cue.TASKS, text) && !has(Cue.AMOUNT, text)) {
            return Optional.of(has(Cue.RANK_DOCUMENTS, text) ? Measure.RANK_DOCUMENTS : Measure.RANK_UNITS);
        }
        if (has(Cue.COUNT, text) && (has(Cue.TASKS, text) || has(Cue.DUE, text) || dated != Dated.ANY)) {
            return Optional.of(Measure.COUNT);
        }
        // 「…什么时候到期」, "when are the reports due": the date of one thing, not a list of what falls due
        boolean listed = (has(Cue.LIST, text) || has(Cue.TASKS, text) && !has(Cue.WHEN, text))
                && !has(Cue.AMOUNT, text);
        if (listed && (window != null || dated == Dated.WITHOUT && has(Cue.TASKS, text))) {
            return Optional.of(Measure.LIST);
        }
        return Optional.empty();
    }

    /**
     * The documents named by number; else, when the question names documents by their title words (and does not rank
     * documents), those its words point at within the place it names (「郑州2017年政府规章立法计划里…」); else the
     * place's documents, or none (all).
     */
    private Set<String> documents(Question question, String text, Measure measure) {
        if (question.namesDocument() || measure == Measure.RANK_DOCUMENTS || !has(Cue.DOCUMENT_NAMED, text)) {
            return question.scope();
        }
        Set<String> titled = new LinkedHashSet<>(DocumentScope.of(question));
        titled.removeIf(d -> !question.inScope(d));
        return titled.isEmpty() ? question.scope() : titled;
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
