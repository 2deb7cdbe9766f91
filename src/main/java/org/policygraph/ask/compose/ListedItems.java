package org.policygraph.ask.compose;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.policygraph.ask.question.PartReference;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.TaskFacts;

/**
 * The list a question asks about, read around a clause found for it: what the clause opens (「重大项目谋划：」); the
 * rows of its table under a heading the question names (「力争完成项目（共4件）」); its own section, or the section
 * above it, that the question names as a whole (「城乡一体人才行动计划下面有哪些项目」, 「专栏里列的重大文化产业项目」).
 */
final class ListedItems {
    /** A section whose own heading holds this much of the question is the list asked for. */
    private static final double SECTION_NAMED = 0.5;
    private static final int TABLE_ROWS = 12;
    private final Catalog catalog;

    ListedItems(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * What the task opens, its table or its own section asked, at most {@code max} (a table or a section longer than
     * a list shown gives none); none when no list.
     */
    List<TaskFacts> around(TaskFacts task, Question question, int max) {
        TaskIndex.Entry entry = catalog.index().byId().get(task.id());
        if (entry == null) {
            return List.of();
        }
        TaskIndex index = catalog.index();
        List<TaskIndex.Entry> items = index.listedUnder(entry, max);
        if (items.isEmpty() && headingAsked(entry, question)) {
            items = index.rowsOfTable(entry, Math.max(max, TABLE_ROWS));
        }
        if (items.isEmpty() && sectionAsked(task, question)) {
            items = index.section(entry, Math.max(max, TABLE_ROWS));
        }
        return facts(items);
    }

    /**
     * The part of the document the question names by its place in the outline (「第四部分列了哪些重点工程」): the
     * first clause of each section under it and its own clauses; none when it names no part or the document has none.
     */
    List<TaskFacts> partAsked(Question question, String fallbackDocKey, int max) {
        List<String> numbers = PartReference.in(question.text());
        Optional<DocumentSummary> document = numbers.isEmpty() ? Optional.empty()
                : catalog.documentAsked(question, fallbackDocKey);
        for (String number : document.isEmpty() ? List.<String>of() : numbers) {
            List<TaskIndex.Entry> items = catalog.index().sectionList(document.get().key(), number, max);
            if (items.size() >= 2) {
                return facts(items);
            }
        }
        return List.of();
    }

    /** The list a section above the task is, when the question names that section's heading; none else. */
    List<TaskFacts> above(TaskFacts task, Question question, int max) {
        String above = sectionAbove(task, question);
        List<TaskIndex.Entry> items = above == null ? List.of()
                : catalog.index().sectionList(task.docKey(), above, max);
        return items.size() < 2 ? List.of() : facts(items);
    }

    private List<TaskFacts> facts(List<TaskIndex.Entry> items) {
        return items.isEmpty() ? List.of() : catalog.facts().of(items.stream().map(TaskIndex.Entry::id).toList());
    }

    /** 「城乡一体人才行动计划下面有哪些项目」: the question names the task's own section (its last heading) as a whole. */
    private static boolean sectionAsked(TaskFacts task, Question question) {
        String heading = task.sectionHeading() == null ? "" : task.sectionHeading();
        return named(heading.substring(heading.lastIndexOf('>') + 1), question);
    }

    /** The path of the nearest section above the task's own whose heading the question names; null when none. */
    private static String sectionAbove(TaskFacts task, Question question) {
        if (task.sectionHeading() == null || task.sectionPath() == null) {
            return null;
        }
        String[] headings = task.sectionHeading().split(">");
        String[] path = task.sectionPath().split("/");
        for (int depth = headings.length - 2; depth >= 0 && headings.length == path.length; depth--) {
            if (named(headings[depth], question)) {
                return String.join("/", Arrays.copyOf(path, depth + 1));
            }
        }
        return null;
    }

    private static boolean named(String heading, Question question) {
        String own = Texts.fold(heading);
        return !own.isEmpty() && question.terms().stream().anyMatch(t -> t.display().length() >= 2 && t.foundIn(own))
                && TaskIndex.coverage(question.terms(), own) >= SECTION_NAMED;
    }

    private static boolean headingAsked(TaskIndex.Entry entry, Question question) {
        int bar = entry.folded().indexOf('|');
        return bar > 0 && TaskIndex.coverage(question.terms(), entry.folded().substring(0, bar)) > 0;
    }
}
