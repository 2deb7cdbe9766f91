package org.policygraph.ask.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policygraph.ask.Citation;
import org.policygraph.graph.read.ProgressBoard;
import org.policygraph.graph.read.ProgressItem;
import org.policygraph.progress.Bigrams;
import org.policygraph.progress.UnitMatch;

/**
 * Answers a progress question from the board as of its date: the tasks it asks about with their latest progress,
 * each cited (the plan's clause and the report's row), the as-of date first in every answer.
 */
final class ProgressAnswers {
    /** A composed answer: its text and citations. */
    record Composed(String text, List<Citation> citations) {
    }

    private static final int LISTED = 10;
    private static final double TOPIC_COVERED = 0.6;
    private static final Set<String> BEHIND = Set.of("late", "seriously-late");
    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);
    private final ProgressBoard board;
    private final ProgressLines lines;

    ProgressAnswers(ProgressBoard board, ProgressCues cues) {
        this.board = board;
        this.lines = new ProgressLines(cues);
    }

    Composed answer(ProgressQuestion q) {
        boolean en = q.english();
        String date = q.asOf().toString();
        return switch (q.kind()) {
            case TASK -> topic(q).map(item -> list(q, (en ? "As of " + date + ", the latest progress on this task:"
                    : "截至" + date + "，该项工作的最新进展："), List.of(item), 1)).orElseGet(() -> new Composed(en
                    ? "As of " + date + ", no progress report speaks of this." : "截至" + date + "，已导入的进展报告中没有这项工作的进展。",
                    List.of()));
            case LEADER -> {
                List<ProgressItem> items = scoped(board.reported(q.asOf()), q);
                yield list(q, en ? "As of " + date + ", " + items.size() + " task(s) overseen by " + q.leader()
                        + " are reported:" : "截至" + date + "，" + q.leader() + "分管的" + items.size() + "项工作的最新进展：",
                        items, items.size());
            }
            case UNIT -> {
                List<ProgressItem> items = scoped(board.reported(q.asOf()), q);
                yield list(q, en ? "As of " + date + ", " + items.size() + " task(s) of " + q.unit() + " are reported:"
                        : "截至" + date + "，" + q.unit() + "牵头或负责的" + items.size() + "项工作的最新进展：", items, items.size());
            }
            case BEHIND -> {
                List<ProgressItem> items = scoped(board.reported(q.asOf()), q).stream()
                        .filter(i -> BEHIND.contains(i.status()))
                        .sorted(Comparator.comparing((ProgressItem i) -> !"seriously-late".equals(i.status()))).toList();
                yield list(q, en ? "As of " + date + ", " + items.size() + " task(s) are reported behind schedule:"
                        : "截至" + date + "，最新报告中进展滞后的工作共" + items.size() + "项：", items, items.size());
            }
            case OVERDUE -> {
                List<ProgressItem> items = notDone(scoped(board.due(EVER, q.asOf().minusDays(1), q.asOf()), q));
                yield list(q, en ? "As of " + date + ", " + items.size()
                        + " task(s) are past their deadline and not reported done:"
                        : "截至" + date + "，已过完成时限、未报告完成的工作共" + items.size() + "项：", items, items.size());
            }
            case DUE -> {
                List<ProgressItem> items = notDone(scoped(board.due(q.from(), q.to(), q.asOf()), q));
                yield list(q, en ? "As of " + date + ", " + items.size() + " task(s) fall due between " + q.from()
                        + " and " + q.to() + ":" : "截至" + date + "，完成时限在" + q.from() + "至" + q.to() + "之间、尚未报告完成的工作共"
                        + items.size() + "项：", items, items.size());
            }
            case RANK -> rank(q);
        };
    }

    private Composed list(ProgressQuestion q, String head, List<ProgressItem> items, int total) {
        List<String> text = new ArrayList<>(List.of(head));
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < Math.min(LISTED, items.size()); i++) {
            text.add(lines.line(i + 1, items.get(i), q.english()));
            citations.addAll(ProgressLines.citations(items.get(i)));
        }
        if (total > LISTED) {
            text.add(q.english() ? "… and " + (total - LISTED) + " more." : "……另有" + (total - LISTED) + "项。");
        }
        return new Composed(String.join("\n", text), citations);
    }

    private Composed rank(ProgressQuestion q) {
        List<ProgressItem> behind = board.reported(q.asOf()).stream().filter(i -> BEHIND.contains(i.status())).toList();
        Map<String, List<ProgressItem>> byUnit = behind.stream().collect(Collectors.groupingBy(
                i -> !i.leads().isEmpty() ? i.leads().get(0) : i.units().isEmpty() ? "?" : i.units().get(0),
                LinkedHashMap::new, Collectors.toList()));
        List<Map.Entry<String, List<ProgressItem>>> ranked = byUnit.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size()).toList();
        List<String> text = new ArrayList<>(List.of(q.english()
                ? "As of " + q.asOf() + ", tasks reported behind schedule, by lead unit:"
                : "截至" + q.asOf() + "，按牵头单位统计最新报告中进展滞后的工作：")); 
        List<Citation> citations = new ArrayList<>();
        for (var e : ranked) {
            text.add(e.getKey() + (q.english() ? ": " + e.getValue().size() : "：" + e.getValue().size() + "项"));
            e.getValue().forEach(i -> citations.addAll(ProgressLines.citations(i)));
        }
        return new Composed(String.join("\n", text), citations);
    }

    /** The task the question names: the most of its words held, ties to the one the report row names most. */
    private Optional<ProgressItem> topic(ProgressQuestion q) {
        Set<String> asked = Bigrams.of(q.topic());
        Comparator<Map.Entry<ProgressItem, double[]>> best = Comparator.comparingDouble(e -> e.getValue()[0]);
        return board.reported(q.asOf()).stream().map(i -> Map.entry(i, q.terms().isEmpty()
                        ? new double[] {covered(asked, i), 0} : new double[] {covered(q.terms(), i), named(q.terms(), i)}))
                .filter(e -> e.getValue()[0] >= TOPIC_COVERED)
                .max(best.thenComparingDouble(e -> e.getValue()[1])).map(Map.Entry::getKey);
    }

    /** The share of the term groups the report row's name for the work holds. */
    private static double named(List<List<String>> terms, ProgressItem item) {
        String name = item.reportedAs() == null ? "" : item.reportedAs();
        return terms.stream().filter(group -> group.stream().anyMatch(name::contains)).count() / (double) terms.size();
    }

    private static double covered(Set<String> asked, ProgressItem item) {
        if (asked.isEmpty()) {
            return 0;
        }
        Set<String> held = Bigrams.of(item.taskText() + " " + (item.progressText() == null ? "" : item.progressText()));
        return asked.stream().filter(held::contains).count() / (double) asked.size();
    }

    /** The share of an English question's glossary term groups the task or its report holds (any form of each). */
    private static double covered(List<List<String>> terms, ProgressItem item) {
        String held = item.taskText() + " " + (item.progressText() == null ? "" : item.progressText());
        return terms.stream().filter(group -> group.stream().anyMatch(held::contains)).count() / (double) terms.size();
    }

    /** The items of the unit and the leader the question names, when it names them. */
    private static List<ProgressItem> scoped(List<ProgressItem> items, ProgressQuestion q) {
        return items.stream().filter(i -> q.unit() == null || UnitMatch.any(q.unit(), i.leads())
                        || UnitMatch.any(q.unit(), i.units()))
                .filter(i -> q.leader() == null || i.leaders().contains(q.leader())).toList();
    }

    private static List<ProgressItem> notDone(List<ProgressItem> items) {
        return items.stream().filter(i -> !"done".equals(i.status())).toList();
    }
}
