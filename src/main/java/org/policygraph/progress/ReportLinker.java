package org.policygraph.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Links the rows of one report to the tasks of its place. A report follows one plan: the plan its title or header
 * names, else the plan most of its rows match best (when it holds at least half of the rows that match at all).
 * Within that plan a row below the threshold is work the plan does not hold; a report whose plan cannot be told
 * is matched against every task of its place.
 */
public final class ReportLinker {
    private ReportLinker() {
    }

    /** For each row of the report, in order, its match or empty (work in no plan). */
    public static List<Optional<ProgressMatcher.Match>> link(ProgressReport report, List<TaskCandidate> placeTasks) {
        List<TaskCandidate> named = PlanScope.narrow(report.planTitles(), placeTasks);
        List<TaskCandidate> scope = named.size() < placeTasks.size() ? named : inferred(report.rows(), placeTasks);
        ProgressMatcher matcher = new ProgressMatcher(scope);
        List<Optional<ProgressMatcher.Match>> links = new ArrayList<>();
        report.rows().forEach(row -> links.add(matcher.match(row)));
        return links;
    }

    private static List<TaskCandidate> inferred(List<ProgressRow> rows, List<TaskCandidate> placeTasks) {
        ProgressMatcher all = new ProgressMatcher(placeTasks);
        List<String> bestPlans = rows.stream().map(all::match).flatMap(Optional::stream)
                .map(m -> m.task().docKey()).toList();
        Map<String, Long> votes = bestPlans.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(top -> top.getValue() * 2 >= bestPlans.size() && top.getValue() >= 2)
                .map(top -> placeTasks.stream().filter(t -> t.docKey().equals(top.getKey())).toList())
                .orElse(placeTasks);
    }
}
