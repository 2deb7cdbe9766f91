package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.policygraph.ask.question.TermGroup;
import org.policygraph.ask.question.TermStatistics;
import org.policygraph.ask.question.Texts;
import org.policygraph.graph.read.TaskFacts;

/**
 * The folded text of every task, held in memory (a few hundred KB) with its character-pair postings, to weigh
 * question terms by how rare they are and to score how much of a question each task covers.
 */
public final class TaskIndex implements TermStatistics {
    /**
     * assigned: departments are tied to the task in the graph or named in its text as 牵头/责任单位; position: its
     * place in reading order; section and line: where it stands in its document.
     */
    public record Entry(String id, String docKey, String folded, boolean assigned, int position, String section,
                        int line) {
        // one entry per position: hashing the whole text on every map lookup cost a tenth of an answer
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && entry.position == position && entry.id.equals(id);
        }

        @Override
        public int hashCode() {
            return position;
        }

        /** The clause's own text, folded, without its headings. */
        public String ownText() {
            return folded.substring(folded.indexOf('|') + 1);
        }

        /** The folded headings above the clause, outermost first, as written before its text ('>'-joined). */
        public String headings() {
            return folded.substring(0, Math.max(0, folded.indexOf('|')));
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Double> idfByForm = new ConcurrentHashMap<>();
    private final Map<String, Long> frequencyByForm = new ConcurrentHashMap<>();
    private final Map<String, Entry> byId = new java.util.HashMap<>();
    private final TextPostings postings;
    private final Map<String, List<Entry>> byDocument = new java.util.HashMap<>();
    /** One instance of each document key, which every entry of the document holds. */
    private final Map<String, String> documentKeys = new java.util.HashMap<>();
    private final ClauseNeighbours neighbours;

    private static final Pattern ASSIGNMENT = Pattern.compile("牵头|责任单位|职责分工负责");

    TaskIndex(List<TaskFacts> tasks) {
        this(tasks, null);
    }

    /**
     * {@code previous}: the index of an earlier graph version (or null), whose folded strings are taken for tasks of
     * the same id and text, so that a refresh that re-read a few documents holds the others' texts once.
     */
    TaskIndex(List<TaskFacts> tasks, TaskIndex previous) {
        // copies of a clause share one folded string (at 40 copies of a corpus two tasks in three repeat a text)
        Map<String, String> shared = new java.util.HashMap<>();
        for (TaskFacts task : tasks) {
            String folded = Texts.fold(heading(task)) + "|" + Texts.fold(task.text());
            Entry before = previous == null ? null : previous.byId.get(task.id());
            folded = shared.computeIfAbsent(before != null && before.folded().equals(folded) ? before.folded() : folded,
                    f -> f);
            boolean assigned = task.hasDepartments() || ASSIGNMENT.matcher(folded).find();
            Entry entry = new Entry(task.id(), documentKeys.computeIfAbsent(task.docKey(), k -> k), folded, assigned,
                    entries.size(), task.sectionPath(), task.line());
            entries.add(entry);
            byId.put(entry.id(), entry);
            byDocument.computeIfAbsent(entry.docKey(), k -> new ArrayList<>()).add(entry);
        }
        postings = new TextPostings(entries.stream().map(Entry::folded).toList());
        neighbours = new ClauseNeighbours(this);
    }

    /** What a clause needs beside it to be read: the items a lead-in introduces, the note under a table row's table. */
    public List<Entry> attachedTo(Entry entry, int maxItems) {
        return neighbours.attachedTo(entry, maxItems);
    }

    /** The list a clause opens, in reading order (see {@link ClauseNeighbours#listedUnder}). */
    public List<Entry> listedUnder(Entry leadIn, int max) {
        return neighbours.listedUnder(leadIn, max);
    }

    /** The list a section is (see {@link ClauseNeighbours#sectionList}). */
    public List<Entry> sectionList(String docKey, String sectionPath, int max) {
        return neighbours.sectionList(docKey, sectionPath, max);
    }

    /** The tasks of a clause's section (see {@link ClauseNeighbours#section}). */
    public List<Entry> section(Entry entry, int max) {
        return neighbours.section(entry, max);
    }

    /** The rows of a row's table (see {@link ClauseNeighbours#rowsOfTable}). */
    public List<Entry> rowsOfTable(Entry row, int max) {
        return neighbours.rowsOfTable(row, max);
    }

    /** The note under the table a row belongs to (see {@link ClauseNeighbours#tableNoteOf}). */
    public java.util.Optional<Entry> tableNoteOf(Entry row) {
        return neighbours.tableNoteOf(row);
    }

    static String heading(TaskFacts task) {
        return task.sectionHeading() == null ? "" : task.sectionHeading();
    }

    List<Entry> entries() {
        return entries;
    }

    public Map<String, Entry> byId() {
        return byId;
    }

    int size() {
        return entries.size();
    }

    @Override
    public double idf(TermGroup group) {
        // the most common form the tasks use decides: a rare synonym ([目的, 标的, 宗旨]) makes the group no rarer
        double common = Double.MAX_VALUE;
        for (String form : group.forms()) {
            if (frequency(form) > 0) {
                common = Math.min(common, idfByForm.computeIfAbsent(form, this::computeIdf));
            }
        }
        return common == Double.MAX_VALUE ? idfByForm.computeIfAbsent(group.forms().get(0), this::computeIdf) : common;
    }

    @Override
    public List<String> mostUsed(List<String> words, int max) {
        return words.stream().filter(w -> frequency(w) > 0)
                .sorted(java.util.Comparator.comparingLong(this::frequency).reversed()).limit(max).toList();
    }

    private long frequency(String form) {
        return frequencyByForm.computeIfAbsent(form, f -> (long) postings.holding(postings.textsContaining(f)));
    }

    /**
     * Values by document, keyed by the key instances the entries hold (compared by identity): what a question's walk
     * looks up for every task it offers, without hashing and comparing the key's text (copies' keys differ in a
     * character or two, and their hash bins grew deep); documents without tasks are left out.
     */
    <V> Map<String, V> byEntryDocument(Map<String, V> byDocumentKey) {
        Map<String, V> byInstance = new java.util.IdentityHashMap<>();
        byDocumentKey.forEach((key, value) -> {
            String own = documentKeys.get(key);
            if (own != null) {
                byInstance.put(own, value);
            }
        });
        return byInstance;
    }

    public List<Entry> ofDocument(String docKey) {
        return byDocument.getOrDefault(docKey, List.of());
    }

    /** The tasks whose text contains {@code form}. */
    List<Entry> containing(String form) {
        return java.util.Arrays.stream(postings.containing(form)).mapToObj(entries::get).toList();
    }

    TextPostings postings() {
        return postings;
    }

    /** The postings of a question's terms, shortest first, to find its best covered tasks without walking them all. */
    TermPostings postingsOf(List<TermGroup> groups) {
        return new TermPostings(postings, groups);
    }

    private double computeIdf(String form) {
        long df = frequency(form);
        double n = Math.max(1, entries.size());
        return df == 0 ? Math.log(1 + n / 3.0) * 0.6 : Math.log(1 + n / df);
    }

    /** Share of the question's weight a text covers; a multi-character term half-present counts in part. */
    public static double coverage(List<TermGroup> groups, String folded) {
        return TermCoverage.of(groups, folded);
    }
}
