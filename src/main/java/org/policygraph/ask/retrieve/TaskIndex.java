package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Double> idfByForm = new ConcurrentHashMap<>();
    private final Map<String, Long> frequencyByForm = new ConcurrentHashMap<>();
    private final Map<String, Entry> byId = new java.util.HashMap<>();
    private final TextPostings postings;
    private final Map<String, List<Entry>> byDocument = new java.util.HashMap<>();

    private static final int LEAD_IN_LENGTH = 40;
    private static final Pattern TABLE_ROW = Pattern.compile("\\|([^:;|]{1,12}):[^;]*;");
    private static final Pattern TABLE_NOTE = Pattern.compile("[(\\[]?(注|说明|备注)\\d*[:.]");
    private static final Pattern ASSIGNMENT = Pattern.compile("牵头|责任单位|职责分工负责");

    TaskIndex(List<TaskFacts> tasks) {
        for (TaskFacts task : tasks) {
            String folded = Texts.fold(heading(task)) + "|" + Texts.fold(task.text());
            boolean assigned = task.hasDepartments() || ASSIGNMENT.matcher(folded).find();
            Entry entry = new Entry(task.id(), task.docKey(), folded, assigned, entries.size(), task.sectionPath(),
                    task.line());
            entries.add(entry);
            byId.put(entry.id(), entry);
            byDocument.computeIfAbsent(entry.docKey(), k -> new ArrayList<>()).add(entry);
        }
        postings = new TextPostings(entries.stream().map(Entry::folded).toList());
    }

    /** What a clause needs beside it to be read: the items a lead-in introduces, the note under a table row's table. */
    public List<Entry> attachedTo(Entry entry, int maxItems) {
        List<Entry> attached = new ArrayList<>(introducedBy(entry, maxItems));
        tableNoteOf(entry).ifPresent(attached::add);
        return attached;
    }

    /**
     * The tasks a lead-in introduces (「重大项目谋划：」 and the projects listed under it): those after it in its
     * section, in reading order, up to the next lead-in; none when the task is no lead-in.
     */
    public List<Entry> introducedBy(Entry leadIn, int max) {
        if (!isLeadIn(leadIn)) {
            return List.of();
        }
        List<Entry> items = new ArrayList<>();
        for (Entry e : followingInSection(leadIn)) {
            if (items.size() == max || isLeadIn(e)) {
                break;
            }
            items.add(e);
        }
        return items;
    }

    /** A short clause ending in a colon: 「重大项目谋划：」, 「主要任务如下：」. */
    private static boolean isLeadIn(Entry entry) {
        String text = ownText(entry);
        return text.endsWith(":") && text.length() < LEAD_IN_LENGTH;
    }

    /**
     * The note under the table a row belongs to (「（注：…各项基础性指标仍在测算中）」), which qualifies every row; empty
     * when the task is no table row or its table has no note. Rows read 「列名:值;…」, all with the same first column.
     */
    public java.util.Optional<Entry> tableNoteOf(Entry row) {
        Matcher column = TABLE_ROW.matcher(row.folded());
        if (!column.find()) {
            return java.util.Optional.empty();
        }
        String firstColumn = column.group(1) + ":";
        for (Entry e : followingInSection(row)) {
            String text = ownText(e);
            if (TABLE_NOTE.matcher(text).lookingAt()) {
                return java.util.Optional.of(e);
            }
            if (!text.startsWith(firstColumn)) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    /** The tasks after this one in its section, in reading order. */
    private List<Entry> followingInSection(Entry entry) {
        return ofDocument(entry.docKey()).stream()
                .filter(e -> java.util.Objects.equals(e.section(), entry.section()) && e.line() > entry.line())
                .sorted(java.util.Comparator.comparingInt(Entry::line)).toList();
    }

    /** The folded text of the task itself, without the heading it is indexed with. */
    private static String ownText(Entry entry) {
        return entry.folded().substring(entry.folded().indexOf('|') + 1);
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
        return frequencyByForm.computeIfAbsent(form, f -> (long) postings.containing(f).length);
    }

    public List<Entry> ofDocument(String docKey) {
        return byDocument.getOrDefault(docKey, List.of());
    }

    /** The tasks whose text contains {@code form}. */
    List<Entry> containing(String form) {
        return java.util.Arrays.stream(postings.containing(form)).mapToObj(entries::get).toList();
    }

    /** The share of a question each task covers, by task position; {@code touched}: the positions above zero. */
    record Coverage(double[] byPosition, int[] touched) {
        double of(Entry entry) {
            return byPosition.length == 0 ? 0 : byPosition[entry.position()];
        }
    }

    /**
     * The {@link #coverage} of every task that holds some part of the question, found from the postings of its
     * terms; every other task covers none of it.
     */
    Coverage covering(List<TermGroup> groups) {
        double total = groups.stream().mapToDouble(TermGroup::weight).sum();
        if (total == 0) {
            return new Coverage(new double[0], new int[0]);
        }
        double[] covered = new double[entries.size()];
        BitSet touched = new BitSet(entries.size());
        for (TermGroup group : groups) {
            double[] match = new double[entries.size()];
            BitSet found = matches(group, match);
            for (int t = found.nextSetBit(0); t >= 0; t = found.nextSetBit(t + 1)) {
                covered[t] += group.weight() * match[t];
            }
            touched.or(found);
        }
        for (int t = touched.nextSetBit(0); t >= 0; t = touched.nextSetBit(t + 1)) {
            covered[t] /= total;
        }
        return new Coverage(covered, touched.stream().toArray());
    }

    /**
     * {@link #match} of the group against the tasks its postings name, into {@code match} by position; returns
     * those positions. Only postings are walked, never every task.
     */
    private BitSet matches(TermGroup group, double[] match) {
        BitSet found = new BitSet(entries.size());
        for (String form : group.forms()) {
            for (int t : postings.containing(form)) {
                match[t] = 1;
                found.set(t);
            }
        }
        int[] pairsFound = null;
        for (String form : group.forms()) {
            if (form.length() < 3) {
                continue;
            }
            pairsFound = pairsFound == null ? new int[entries.size()] : pairsFound;
            BitSet paired = new BitSet(entries.size());
            int pairs = form.length() - 1;
            for (int i = 0; i < pairs; i++) {
                for (int t : postings.withPair(form, i)) {
                    pairsFound[t]++;
                    paired.set(t);
                }
            }
            for (int t = paired.nextSetBit(0); t >= 0; t = paired.nextSetBit(t + 1)) {
                if (match[t] < 1) {
                    match[t] = Math.max(match[t], (double) pairsFound[t] / pairs * 0.6);
                    found.set(t);
                }
                pairsFound[t] = 0;
            }
        }
        return found;
    }

    private double computeIdf(String form) {
        long df = frequency(form);
        double n = Math.max(1, entries.size());
        return df == 0 ? Math.log(1 + n / 3.0) * 0.6 : Math.log(1 + n / df);
    }

    /** Share of the question's weight a text covers; a multi-character term half-present counts in part. */
    public static double coverage(List<TermGroup> groups, String folded) {
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
