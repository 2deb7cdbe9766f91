package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.TaskFacts;

/**
 * The rows of a table that a question picks by a value of one of its columns (「立法计划里类型是修订的有几件」, 「表5里金融
 * 领域的重大项目有哪几个」, "how many … are professional-services projects"): in the document the question names, a
 * column whose short values repeat, so that it sorts the rows into groups, one of whose values the question names. The
 * rows are every row of the document with that column (a plan's list of rules is one table under three headings).
 * The rows are counted and listed by their first text cell, each cited, so that the count can be checked. A question
 * naming the column that names the rows (「民生实事都有哪些」), and no unit, asks every row.
 */
final class TableRowsPicked {
    /** A sorting column's values are short labels (修订, 金融, 专业服务), not text. */
    private static final int LABEL = 8;
    private static final int SHOWN = 20;
    private static final int MIN_ROWS = 3;
    /** A value named is words, not a number that any year or figure of the question would hold. */
    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");
    private final Catalog catalog;

    TableRowsPicked(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A row read into its cells, column name to value, in the order written. */
    private record Row(TaskIndex.Entry entry, Map<String, String> cells) {
    }

    /** The answer when the question picks rows of a table of the document it names; empty else. */
    Optional<Draft> write(Question question, Labels labels, Consumer<String> lines) {
        Optional<DocumentSummary> document = catalog.documentAsked(question, null);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = rows(catalog.index().ofDocument(document.get().key()));
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.cells().keySet()));
        for (String column : columns) {
            List<Row> table = rows.stream().filter(row -> row.cells().containsKey(column)).toList();
            Optional<String> value = table.size() < MIN_ROWS ? Optional.empty() : valueNamed(table, column, question);
            if (value.isPresent()) {
                return Optional.of(say(table, column, value.get(), labels, lines));
            }
        }
        if (!question.departments().isEmpty()) {
            return Optional.empty();
        }
        // 「民生实事都有哪些项目」: the question names the column that names the rows, so every row is asked
        String asked = Texts.fold(question.text());
        for (String column : columns) {
            List<Row> table = rows.stream().filter(row -> row.cells().containsKey(column)).toList();
            if (table.size() >= MIN_ROWS && column.length() >= 2 && asked.contains(column)
                    && column.equals(nameColumn(table))) {
                return Optional.of(say(table, column, null, labels, lines));
            }
        }
        return Optional.empty();
    }

    /** The rows whose column holds the value, or every row of the column when the value is null. */
    private Draft say(List<Row> table, String column, String value, Labels labels, Consumer<String> lines) {
        List<Row> picked = value == null ? table
                : table.stream().filter(r -> value.equals(r.cells().get(column))).toList();
        String nameColumn = nameColumn(table);
        Wording w = labels.wording();
        Draft draft = new Draft(lines);
        draft.query("ask-task-facts");
        int count = numbered(picked);
        draft.line(value == null ? w.say("table.column", column, w.count(count))
                : w.say("table.picked", column, value, w.count(count)));
        List<TaskFacts> facts = catalog.facts().of(picked.stream().map(r -> r.entry().id()).toList());
        for (int i = 0; i < facts.size() && i < SHOWN; i++) {
            draft.line("- " + picked.get(i).cells().getOrDefault(nameColumn, ""));
            draft.cite(facts.get(i), facts.get(i).text());
        }
        if (!facts.isEmpty()) {
            draft.line(w.say("table.source", labels.document(facts.get(0)), labels.section(facts.get(0))));
        }
        return draft;
    }

    /**
     * The value of the column that the question names, when the column sorts the table: every value a short label,
     * some shared by two rows or more, and more than one value, so that picking one leaves rows out.
     */
    private static Optional<String> valueNamed(List<Row> table, String column, Question question) {
        List<String> values = table.stream().map(r -> r.cells().getOrDefault(column, "")).toList();
        long distinct = values.stream().distinct().count();
        if (distinct < 2 || distinct == values.size() || values.stream().anyMatch(v -> v.isEmpty() || v.length() > LABEL)) {
            return Optional.empty();
        }
        String asked = Texts.fold(question.text());
        return values.stream().distinct().filter(v -> v.length() >= 2 && HAN.matcher(v).find())
                .filter(v -> asked.contains(v) || question.terms().stream().anyMatch(t -> t.forms().contains(v)))
                .findFirst();
    }

    /**
     * How many rows the table numbers among these: a row of two items under one number (「5 开工建设县老年养护楼 … 开工
     * 建设老年大学」) is one of the document's rows; the rows themselves when the table has no column of numbers.
     */
    private static int numbered(List<Row> rows) {
        for (String column : rows.get(0).cells().keySet()) {
            List<String> values = rows.stream().map(r -> r.cells().getOrDefault(column, "")).toList();
            if (values.stream().allMatch(v -> v.matches("\\d{1,3}"))) {
                return (int) values.stream().distinct().count();
            }
        }
        return rows.size();
    }

    /** The first column whose values are all different text, not numbers: the rows' names. */
    private static String nameColumn(List<Row> table) {
        for (String column : table.get(0).cells().keySet()) {
            List<String> values = table.stream().map(r -> r.cells().getOrDefault(column, "")).toList();
            if (values.stream().distinct().count() == values.size() && values.stream().noneMatch(v -> v.matches("\\d*"))) {
                return column;
            }
        }
        return table.get(0).cells().keySet().iterator().next();
    }

    /** The document's clauses written as rows of a table with their column names. */
    private static List<Row> rows(List<TaskIndex.Entry> document) {
        List<Row> rows = new ArrayList<>();
        for (TaskIndex.Entry entry : document) {
            Map<String, String> cells = cells(entry.ownText());
            if (cells.size() >= 2) {
                rows.add(new Row(entry, cells));
            }
        }
        return rows;
    }

    /** 「名称:…;类型:修订;责任单位:…」 → its cells; empty when the text is not a row written with its column names. */
    static Map<String, String> cells(String text) {
        Map<String, String> cells = new LinkedHashMap<>();
        String last = null;
        for (String cell : text.split(";")) {
            int colon = cell.indexOf(':');
            if (colon >= 1 && colon <= 12) {
                last = cell.substring(0, colon);
                cells.put(last, cell.substring(colon + 1));
            } else if (last == null) {
                return Map.of();
            } else {
                cells.merge(last, ";" + cell, String::concat);
            }
        }
        return cells;
    }
}
