package org.policygraph.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.graph.read.TaskSpan;

/**
 * A task's clause runs from the line after the task before it to the line before the next section or the next
 * task of another section, skipping the first lines of other tasks: its heading above it, and the lines after
 * it that no task starts (a 责任单位 line closing its section, a continued sentence), belong to it.
 */
final class EvidenceSpans {
    /** {@code tailFrom..tailTo}: the lines closing its section's block, after the block's last task. */
    private record Clause(String sha, int from, int to, int line, Set<Integer> otherStarts, int tailFrom,
            int tailTo) {
    }

    private final Map<String, Clause> byId = new HashMap<>();

    EvidenceSpans(List<TaskSpan> starts, Map<String, String> hashByName) {
        Map<String, List<TaskSpan>> byFile = new HashMap<>();
        starts.forEach(s -> byFile.computeIfAbsent(s.sourceFile(), f -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<TaskSpan>> file : byFile.entrySet()) {
            List<TaskSpan> lines = file.getValue();
            lines.sort(Comparator.comparingInt(TaskSpan::line));
            Set<Integer> taskStarts = new HashSet<>();
            lines.stream().filter(TaskSpan::task).forEach(t -> taskStarts.add(t.line()));
            String sha = hashByName.getOrDefault(file.getKey(), file.getKey());
            for (int i = 0; i < lines.size(); i++) {
                TaskSpan t = lines.get(i);
                if (t.task()) {
                    int[] tail = tail(lines, i);
                    byId.put(t.id(), new Clause(sha, from(lines, i), to(lines, i), t.line(), taskStarts, tail[0],
                            tail[1]));
                } else if ("document".equals(t.kind())) {
                    byId.put(t.id(), new Clause(sha, t.line(), header(lines, i), t.line(), Set.of(), 0, -1));
                }
            }
        }
    }

    private static int from(List<TaskSpan> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (lines.get(j).task() && lines.get(j).line() < lines.get(i).line()) {
                return lines.get(j).line() + 1;
            }
        }
        return 1;
    }

    /** A document's header: from its first line to the line before its first section or task. */
    private static int header(List<TaskSpan> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!"document".equals(lines.get(j).kind()) && lines.get(j).line() > lines.get(i).line()) {
                return lines.get(j).line() - 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The lines after the last task of the block the task's section heads (its subsections included) up to the
     * block's end: a 责任单位 line there covers every task of the block, so it belongs to each one's clause.
     */
    private static int[] tail(List<TaskSpan> lines, int i) {
        String block = lines.get(i).section();
        int last = lines.get(i).line();
        for (int j = i + 1; j < lines.size(); j++) {
            TaskSpan next = lines.get(j);
            boolean inside = next.section().equals(block) || next.section().startsWith(block + "/");
            if (!inside) {
                return new int[] {last + 1, next.line() - 1};
            }
            if (next.task()) {
                last = Math.max(last, next.line());
            }
        }
        return new int[] {last + 1, Integer.MAX_VALUE};
    }

    private static int to(List<TaskSpan> lines, int i) {
        TaskSpan t = lines.get(i);
        for (int j = i + 1; j < lines.size(); j++) {
            TaskSpan next = lines.get(j);
            if (next.line() > t.line() && ("section".equals(next.kind()) || next.task() && !next.section().equals(t.section()))) {
                return next.line() - 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    String describe(String id) {
        Clause c = byId.get(id);
        return c == null ? id + " (no span)"
                : id + " lines " + c.from() + "-" + (c.to() == Integer.MAX_VALUE ? "end" : c.to());
    }

    boolean holds(String id, String sha, int line) {
        Clause c = byId.get(id);
        if (c == null || !sha.equals(c.sha())) {
            return false;
        }
        boolean inClause = line >= c.from() && line <= c.to() || line >= c.tailFrom() && line <= c.tailTo();
        return inClause
                && (line == c.line() || !c.otherStarts().contains(line));
    }
}
