package org.policygraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.policygraph.graph.TaskText;

/**
 * The folded text of every task, held in memory (a few hundred KB) to weigh question terms by how rare they are
 * and to score how much of a question each task covers.
 */
final class TaskIndex {
    /** assigned: departments are tied to the task in the graph or named in its text as 牵头/责任单位. */
    record Entry(String id, String docKey, String folded, boolean assigned) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Double> idfByForm = new ConcurrentHashMap<>();
    private final Map<String, Long> frequencyByForm = new ConcurrentHashMap<>();
    private final Map<String, Entry> byId = new java.util.HashMap<>();

    private static final java.util.regex.Pattern ASSIGNMENT = java.util.regex.Pattern.compile("牵头|责任单位|职责分工负责");

    TaskIndex(List<TaskText> tasks) {
        for (TaskText task : tasks) {
            String folded = Texts.fold(task.heading()) + "|" + Texts.fold(task.text());
            boolean assigned = task.assigned() || ASSIGNMENT.matcher(folded).find();
            Entry entry = new Entry(task.id(), task.docKey(), folded, assigned);
            entries.add(entry);
            byId.put(entry.id(), entry);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    Map<String, Entry> byId() {
        return byId;
    }

    int size() {
        return entries.size();
    }

    /** Inverse document frequency of a group: its most common form decides. Unknown terms get a middling weight. */
    double idf(TermGroup group) {
        double best = 0;
        for (String form : group.forms()) {
            best = Math.max(best, idfByForm.computeIfAbsent(form, this::computeIdf));
        }
        return best;
    }

    /** Of the given words, those some task contains, the most used first, at most {@code max}. */
    List<String> mostUsed(List<String> words, int max) {
        return words.stream().filter(w -> frequency(w) > 0)
                .sorted(java.util.Comparator.comparingLong(this::frequency).reversed()).limit(max).toList();
    }

    private long frequency(String form) {
        return frequencyByForm.computeIfAbsent(form, f -> entries.stream().filter(e -> e.folded().contains(f)).count());
    }

    private double computeIdf(String form) {
        long df = frequency(form);
        double n = Math.max(1, entries.size());
        return df == 0 ? Math.log(1 + n / 3.0) * 0.6 : Math.log(1 + n / df);
    }

    /** Share of the question's weight a text covers; a multi-character term half-present counts in part. */
    static double coverage(List<TermGroup> groups, String folded) {
        double total = 0;
        double covered = 0;
        for (TermGroup group : groups) {
            total += group.weight();
            covered += group.weight() * match(group, folded);
        }
        return total == 0 ? 0 : covered / total;
    }

    static double match(TermGroup group, String folded) {
        if (group.foundIn(folded)) {
            return 1;
        }
        double best = 0;
        for (String form : group.forms()) {
            if (form.length() >= 3) {
                best = Math.max(best, bigramShare(form, folded) * 0.6);
            }
        }
        return best;
    }

    private static double bigramShare(String form, String folded) {
        int pairs = form.length() - 1;
        int found = 0;
        for (int i = 0; i < pairs; i++) {
            if (folded.contains(form.substring(i, i + 2))) {
                found++;
            }
        }
        return pairs == 0 ? 0 : (double) found / pairs;
    }
}
