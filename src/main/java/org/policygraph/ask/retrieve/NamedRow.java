package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.policygraph.ask.question.TermGroup;

/**
 * The table row a question names by one of its cells. Asked when 「郑州市住房保障办法」 goes before the council, the
 * rows of another table (「…建筑装修装饰管理办法…拟提请市政府审议时间:2017年9月」) cover more of the question's words,
 * yet the row asked is the one whose name cell holds 住房保障 — and its table has no such column, so the date is not
 * stated. The question's names that one or two rows of the best clause's document hold are required of every clause
 * a slot is read from, and those rows go first — unless the best clause is prose that writes them.
 */
public final class NamedRow {
    /** A cell value names a row: few rows of the document hold it (a column's word is in every row of its table). */
    private static final int FEW_ROWS = 2;
    private static final int NAME_LENGTH = 3;
    private static final double HEAVY = 0.5;

    public record Named(List<Ranked> ranked, List<TermGroup> names) {
    }

    private final TaskIndex index;
    /** Each document's table rows, found once: every question reads those of its best clause's document. */
    private final Map<String, List<TaskIndex.Entry>> rowsByDocument = new ConcurrentHashMap<>();

    NamedRow(TaskIndex index) {
        this.index = index;
    }

    Named of(List<TermGroup> terms, List<Ranked> ranked) {
        TaskIndex.Entry top = ranked.isEmpty() ? null : index.byId().get(ranked.get(0).id());
        if (top == null) {
            return new Named(ranked, List.of());
        }
        List<TaskIndex.Entry> rows = rowsByDocument.computeIfAbsent(top.docKey(),
                key -> index.ofDocument(key).stream().filter(ClauseNeighbours::isTableRow).toList());
        if (rows.isEmpty()) {
            return new Named(ranked, List.of());
        }
        double heaviest = terms.stream().mapToDouble(TermGroup::weight).max().orElse(0);
        List<TermGroup> names = new ArrayList<>();
        for (TermGroup term : terms) {
            long holding = rows.stream().filter(r -> term.foundIn(r.ownText())).count();
            if (term.weight() >= HEAVY * heaviest && holding >= 1 && holding <= FEW_ROWS
                    && term.forms().stream().anyMatch(f -> f.codePointCount(0, f.length()) >= NAME_LENGTH)) {
                names.add(term);
            }
        }
        List<TaskIndex.Entry> named = rows.stream().filter(r -> names.stream().allMatch(t -> t.foundIn(r.ownText())))
                .toList();
        // a clause of prose that writes the names is about the item itself (a row need not be read)
        boolean proseNaming = !ClauseNeighbours.isTableRow(top) && names.stream().anyMatch(t -> t.foundIn(top.folded()));
        if (names.isEmpty() || named.isEmpty() || proseNaming) {
            return new Named(ranked, List.of());
        }
        // the named rows the ranking found keep their order; those it missed follow them, ahead of the rest
        Ranked best = ranked.get(0);
        List<Ranked> order = new ArrayList<>(ranked.stream().filter(r -> isAmong(r, named)).toList());
        named.stream().filter(n -> order.stream().noneMatch(r -> r.id().equals(n.id())))
                .forEach(n -> order.add(new Ranked(n.id(), n.docKey(), best.score(), best.coverage())));
        ranked.stream().filter(r -> !isAmong(r, named)).forEach(order::add);
        return new Named(order, names);
    }

    private static boolean isAmong(Ranked ranked, List<TaskIndex.Entry> rows) {
        return rows.stream().anyMatch(r -> r.id().equals(ranked.id()));
    }
}
