package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ask.retrieve.TaskIndex.Entry;

/**
 * What stands beside a clause in its document and is needed to read it: the items a lead-in introduces, the note
 * under a table. Only the clause's own document is looked at.
 */
final class ClauseNeighbours {
    /** The most characters of a lead-in, and of the last piece of a clause that opens a list. */
    private static final int LEAD_IN_LENGTH = 40;
    private static final String PIECE_ENDS = "。,;";
    private static final Pattern TABLE_ROW = Pattern.compile("\\|([^:;|]{1,12}):[^;]*;");
    private static final Pattern TABLE_NOTE = Pattern.compile("[(\\[]?(注|说明|备注)\\d*[:.]");
    private final TaskIndex index;
    private final Map<String, List<Entry>> readingOrder = new ConcurrentHashMap<>();
    /** A section's tasks in reading order, by document key and section path: every ranked row asks for its table's. */
    private final Map<String, List<Entry>> sections = new ConcurrentHashMap<>();

    ClauseNeighbours(TaskIndex index) {
        this.index = index;
    }

    /** What a clause needs beside it to be read: the items a lead-in introduces, the note under a table row's table. */
    List<Entry> attachedTo(Entry entry, int maxItems) {
        List<Entry> attached = new ArrayList<>(itemsAfter(entry, maxItems));
        tableNoteOf(entry).ifPresent(attached::add);
        return attached;
    }

    /**
     * What a short lead-in brings into the evidence beside it (「重大项目谋划：」 and the projects listed under it): the
     * tasks after it in its section, in reading order, up to the next lead-in; none when the task is no lead-in.
     */
    private List<Entry> itemsAfter(Entry leadIn, int max) {
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

    /**
     * The list a clause opens, for a question that asks a list (a lead-in's items in the evidence of every question
     * would crowd out the rest): the tasks after it in its section up to the next clause that opens a list, and of
     * each section right under its own that follows (「…，实施如下重点项目：」 then one heading per project) the first
     * task, in reading order; none when the clause opens no list.
     */
    List<Entry> listedUnder(Entry leadIn, int max) {
        if (!opensList(leadIn)) {
            return List.of();
        }
        List<Entry> document = inReadingOrder(leadIn.docKey());
        return listed(document.subList(document.indexOf(leadIn) + 1, document.size()), leadIn.section(), max);
    }

    /** The list a section is (「专栏7 重大文化产业项目」): its own clauses and the first of each section under it. */
    List<Entry> sectionList(String docKey, String sectionPath, int max) {
        List<Entry> document = inReadingOrder(docKey);
        int first = 0;
        while (first < document.size() && !Objects.equals(document.get(first).section(), sectionPath)
                && childSection(sectionPath, document.get(first).section()) == null) {
            first++;
        }
        return listed(document.subList(first, document.size()), sectionPath, max);
    }

    /**
     * The items from the start of {@code following}: clauses of {@code section} up to one that opens another list,
     * and the first clause of each section right under it, until the text leaves the section.
     */
    private static List<Entry> listed(List<Entry> following, String section, int max) {
        List<Entry> items = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Entry e : following) {
            boolean same = Objects.equals(e.section(), section);
            String child = same ? null : childSection(section, e.section());
            if (items.size() == max || same && opensList(e) || !same && child == null) {
                break;
            }
            if (same || listed.add(child)) {
                items.add(e);
            }
        }
        return items;
    }

    /** A document's tasks by line, those of one line (「一是…；二是…」) in the order the graph gave them; sorted once. */
    private List<Entry> inReadingOrder(String docKey) {
        return readingOrder.computeIfAbsent(docKey, key -> index.ofDocument(key).stream()
                .sorted(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::position)).toList());
    }

    /** The section right under {@code parent} that holds {@code section} (itself or an ancestor); null when none does. */
    private static String childSection(String parent, String section) {
        if (parent == null || section == null || !section.startsWith(parent + "/")) {
            return null;
        }
        int end = section.indexOf('/', parent.length() + 1);
        return end < 0 ? section : section.substring(0, end);
    }

    /** A short clause ending in a colon: 「重大项目谋划：」, 「主要任务如下：」. */
    static boolean isLeadIn(Entry entry) {
        String text = entry.ownText();
        return text.endsWith(":") && text.length() < LEAD_IN_LENGTH;
    }

    /** A clause ending in a colon, its last piece short: a lead-in, or 「围绕…，实施如下重点项目：」. */
    static boolean opensList(Entry entry) {
        String text = entry.ownText();
        if (!text.endsWith(":")) {
            return false;
        }
        int piece = 0;
        for (int i = text.length() - 2; i >= 0 && piece == 0; i--) {
            piece = PIECE_ENDS.indexOf(text.charAt(i)) >= 0 ? i + 1 : 0;
        }
        return text.length() - piece < LEAD_IN_LENGTH;
    }

    /**
     * The note under the table a row belongs to (「（注：…各项基础性指标仍在测算中）」), which qualifies every row; empty
     * when the task is no table row or its table has no note. Rows read 「列名:值;…」, all with the same first column.
     */
    Optional<Entry> tableNoteOf(Entry row) {
        Matcher column = TABLE_ROW.matcher(row.folded());
        if (!column.find()) {
            return Optional.empty();
        }
        String firstColumn = column.group(1) + ":";
        for (Entry e : followingInSection(row)) {
            String text = e.ownText();
            if (TABLE_NOTE.matcher(text).lookingAt()) {
                return Optional.of(e);
            }
            if (!text.startsWith(firstColumn)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A row of a table: its text starts with a short column name and a colon (「序号:1;名称:…」). */
    static boolean isTableRow(Entry entry) {
        return TABLE_ROW.matcher(entry.folded()).find();
    }

    /**
     * The rows of the table a row belongs to, in reading order (the row itself among them): those of its section
     * that start with the same first column; none when the task is no table row or its table is longer than max.
     */
    List<Entry> rowsOfTable(Entry row, int max) {
        Matcher column = TABLE_ROW.matcher(row.folded());
        if (!column.find()) {
            return List.of();
        }
        String firstColumn = column.group(1) + ":";
        List<Entry> rows = inSection(row).stream().filter(e -> e.ownText().startsWith(firstColumn)).toList();
        return rows.size() > max ? List.of() : rows;
    }

    /** The tasks of the clause's section, in reading order (itself among them); none when it is alone or more than max. */
    List<Entry> section(Entry entry, int max) {
        List<Entry> tasks = inSection(entry);
        return tasks.size() > max || tasks.size() < 2 ? List.of() : tasks;
    }

    /** The tasks after this one in its section, in reading order. */
    private List<Entry> followingInSection(Entry entry) {
        return inSection(entry).stream().filter(e -> e.line() > entry.line()).toList();
    }

    /** The tasks of the clause's section, itself among them, in reading order. */
    private List<Entry> inSection(Entry entry) {
        return sections.computeIfAbsent(entry.docKey() + '\u0000' + entry.section(), key ->
                inReadingOrder(entry.docKey()).stream().filter(e -> Objects.equals(e.section(), entry.section()))
                        .toList());
    }
}
