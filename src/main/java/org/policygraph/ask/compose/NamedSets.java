package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ask.question.NamedSet;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.TaskFacts;

/**
 * The members of a set a question names with its size (「七大产业基地都是哪些」) in a document: the sections under one
 * heading whose own headings end in the set's noun, as many as the set has (「1. 电子信息产业基地」 … 「7. 现代家居和
 * 品牌服装产业基地」); or the items a clause enumerates right after naming the set (「四大文化片区	商都历史文化区、…」).
 * A set found with another size is not the one asked, so none is answered.
 */
final class NamedSets {
    /** What may stand between the set's name and its enumeration: 为, 即, 包括, a colon, a tab, a bracket. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:[:：;\\t(（]|为|即|是|包括|分别是|主要是)+");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、,，]|以及|和|及");
    /** A member's name is short: a longer heading is a sentence that uses the noun. */
    private static final int MEMBER_NAME = 24;
    private static final int MAX_ROWS = 30;
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;)）]");
    private static final Pattern CLAUSE_START = Pattern.compile("[。；;,，:：]");
    /** What opens an enumeration written before the set's name: up to its last verb (「近期重点打造」). */
    private static final Pattern OPENING_VERB = Pattern.compile("^.*(?:打造|建设|推进|发展|培育|形成|包括|实施|举办|建成)");

    /** The members found, with the clauses they are read from. */
    record Members(NamedSet set, List<String> names, List<TaskFacts> sources) {
    }

    private final Catalog catalog;

    NamedSets(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The members of the first set (of those the question may name, in order) in the first document (of those given,
     * in order) that holds it whole; empty when none.
     */
    Optional<Members> find(List<NamedSet> sets, List<String> docKeys) {
        for (String docKey : docKeys) {
            List<TaskIndex.Entry> document = catalog.index().ofDocument(docKey);
            // the outline is the document's, whichever set is looked for in it
            Outline outline = Outline.of(document);
            for (NamedSet set : sets) {
                Optional<Members> found = sections(set, outline).or(() -> enumerated(set, document))
                        .or(() -> tableRows(set, document));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A document's sections: each section's heading, and the sections right under each, by path. */
    private record Outline(Map<String, String> headingByPath, Map<String, Map<String, TaskIndex.Entry>> childrenByParent) {
        static Outline of(List<TaskIndex.Entry> document) {
            Map<String, Map<String, TaskIndex.Entry>> childrenByParent = new LinkedHashMap<>();
            Map<String, String> headingByPath = new LinkedHashMap<>();
            for (TaskIndex.Entry entry : document) {
                String[] path = entry.section() == null ? new String[0] : entry.section().split("/");
                String[] headings = entry.headings().split(">");
                for (int depth = 0; depth < path.length && headings.length == path.length; depth++) {
                    String section = String.join("/", Arrays.copyOf(path, depth + 1));
                    headingByPath.putIfAbsent(section, headings[depth]);
                    if (depth > 0) {
                        childrenByParent.computeIfAbsent(String.join("/", Arrays.copyOf(path, depth)),
                                p -> new LinkedHashMap<>()).merge(section, entry, (a, b) -> a.line() <= b.line() ? a : b);
                    }
                }
            }
            return new Outline(headingByPath, childrenByParent);
        }
    }

    /** The sections under one heading whose last heading holds the set's head noun, when there are as many as asked. */
    private Optional<Members> sections(NamedSet set, Outline outline) {
        Map<String, String> headingByPath = outline.headingByPath();
        for (Map.Entry<String, Map<String, TaskIndex.Entry>> group : outline.childrenByParent().entrySet()) {
            Map<String, TaskIndex.Entry> children = group.getValue();
            List<String> members = children.keySet().stream().filter(child -> member(headingByPath.get(child), set))
                    .toList();
            String parent = headingByPath.getOrDefault(group.getKey(), "");
            // the set as the question writes it is named by the heading above, or by most of the members themselves
            boolean named = parent.contains(set.noun())
                    || members.stream().filter(m -> headingByPath.get(m).contains(set.noun())).count() * 2 > members.size();
            if (members.size() == set.size() && named) {
                return Optional.of(new Members(set, members.stream().map(headingByPath::get).toList(),
                        catalog.facts().of(members.stream().map(child -> children.get(child).id()).toList())));
            }
        }
        return Optional.empty();
    }

    /** An item as the clause writes it (「EWTO功能区」, not the folded 「ewto功能区」); the folded item when not found. */
    private static String asWritten(String folded, String raw) {
        StringBuilder spaced = new StringBuilder();
        folded.codePoints().forEach(c -> spaced.append(spaced.isEmpty() ? "" : "\\s*")
                .append(Pattern.quote(new String(Character.toChars(c)))));
        Matcher written = Pattern.compile(spaced.toString(), Pattern.CASE_INSENSITIVE).matcher(raw);
        return written.find() ? written.group() : folded;
    }

    private static List<String> items(String enumeration) {
        List<String> items = new ArrayList<>();
        for (String item : ITEM_SEPARATOR.split(enumeration)) {
            if (item.length() >= 2) {
                items.add(item);
            }
        }
        return items;
    }

    /** A member's heading is a name ending in the set's head noun (「高端装备制造基地」), not a sentence using it. */
    private static boolean member(String heading, NamedSet set) {
        return heading.length() <= MEMBER_NAME && heading.contains(set.head());
    }

    /** The rows of the table a caption naming the set opens (「表3 …八大产业园区规划」), by their first cells. */
    private Optional<Members> tableRows(NamedSet set, List<TaskIndex.Entry> document) {
        TaskIndex index = catalog.index();
        for (TaskIndex.Entry caption : document) {
            if (!caption.ownText().contains(set.written())) {
                continue;
            }
            Optional<TaskIndex.Entry> firstRow = document.stream()
                    .filter(e -> e.line() > caption.line() && java.util.Objects.equals(e.section(), caption.section()))
                    .min(java.util.Comparator.comparingInt(TaskIndex.Entry::line));
            List<TaskIndex.Entry> rows = firstRow.map(row -> index.rowsOfTable(row, MAX_ROWS)).orElse(List.of())
                    .stream().filter(row -> row.line() > caption.line()).toList();
            if (rows.size() == set.size()) {
                List<String> names = rows.stream().map(row -> TableRowsPicked.cells(row.ownText()).values().stream()
                        .findFirst().orElse(row.ownText())).toList();
                return Optional.of(new Members(set, names, catalog.facts().of(rows.stream().map(TaskIndex.Entry::id)
                        .toList())));
            }
        }
        return Optional.empty();
    }

    /** The items a clause enumerates right after the set's name as the question writes it, when as many as asked. */
    private Optional<Members> enumerated(NamedSet set, List<TaskIndex.Entry> document) {
        for (TaskIndex.Entry entry : document) {
            String text = entry.ownText();
            int at = text.indexOf(set.written());
            if (at < 0) {
                continue;
            }
            String after = LEAD_IN.matcher(text.substring(at + set.written().length())).replaceFirst("");
            List<String> items = items(CLAUSE_END.split(after, 2)[0]);
            if (items.size() != set.size()) {
                // 「近期重点打造A、B、C、D、E五大园区」: the items come first, after the verb that opens them
                String[] before = CLAUSE_START.split(text.substring(0, at).replaceFirst("等$", ""));
                items = items(before.length == 0 ? "" : OPENING_VERB.matcher(before[before.length - 1]).replaceFirst(""));
            }
            if (items.size() == set.size()) {
                List<TaskFacts> source = catalog.facts().of(List.of(entry.id()));
                String raw = source.isEmpty() ? "" : source.get(0).text();
                return Optional.of(new Members(set, items.stream().map(item -> asWritten(item, raw)).toList(), source));
            }
        }
        return Optional.empty();
    }
}
