package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.TaskFacts;

/**
 * How many things a plan lists (「专栏一共列了几个项目」, "how many sub-sectors does the plan list"): the items counted
 * where they stand, and shown so that the count can be checked. The list is the one read around a clause near the
 * top ({@link ListedItems}); else the enumeration in the best sentence after its colon or 「为」
 * (「优势产业的细分领域为：机器人、物联网装备、…」). Nothing is said when neither holds two items or more.
 */
final class ListCountPart {
    /** A whole list is counted, however long. */
    private static final int MOST = 500;
    private static final int SHOWN = 12;
    /** The least share of the question the clause a list is read around holds. */
    private static final double NAMED = 0.5;
    /** Where an enumeration in a sentence starts: after its last colon, 「为」, 「包括」 or 「分别是」. */
    private static final Pattern ENUMERATION_START = Pattern.compile("[:：]|为|包括|包含|分别是");
    /** The measure word a Chinese count asks in (「几个」, 「多少项」), said back with the number. */
    private static final Pattern MEASURE_ASKED = Pattern.compile("(?:几|多少)([个项类份张条种批家])");
    /** What an English count asks for ("how many major projects are listed"), said back with the number. */
    private static final Pattern COUNTED_ASKED = Pattern.compile(
            "how many (.{1,40}?) (?:are|is|does|do|did|has|have|were|was)\\b", Pattern.CASE_INSENSITIVE);
    /** Items are named in 「A、B、C和D」; a comma or semicolon after the opening word makes it prose. */
    private static final Pattern LAST_JOIN = Pattern.compile("^(.{2,})(?:以及|和|及)(.{2,})$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,]");
    private static final Pattern PIECE_END = Pattern.compile("[；;]");
    private static final int ITEM_LENGTH = 20;
    private static final Pattern SENTENCE_END = Pattern.compile("[。.等]+$");
    private final Labels labels;
    private final Catalog catalog;

    ListCountPart(Labels labels, Catalog catalog) {
        this.labels = labels;
        this.catalog = catalog;
    }

    Optional<TaskFacts> write(Evidence evidence, Draft draft) {
        // a count is only as good as the list counted: the clause read must hold most of the question, not a word of it
        List<TaskFacts> near = evidence.nearBest(4, 0.8).stream().filter(t -> evidence.coverageOf(t.id()) >= NAMED)
                .toList();
        ListedItems lists = new ListedItems(catalog);
        for (TaskFacts task : near) {
            List<TaskFacts> items = lists.around(task, evidence.question(), MOST);
            items = items.size() >= 2 ? items : lists.above(task, evidence.question(), MOST);
            if (items.size() >= 2) {
                say(items.size(), items.stream().map(i -> Sentences.shorten(Sentences.textOf(i), 60)).toList(),
                        task, evidence.question(), draft);
                items.stream().limit(SHOWN).forEach(i -> draft.cite(i, Sentences.shorten(i.text(), 200)));
                return Optional.of(task);
            }
        }
        for (TaskFacts task : near) {
            Optional<List<String>> enumerated = enumerated(task, evidence.question());
            if (enumerated.isPresent()) {
                say(enumerated.get().size(), enumerated.get(), task, evidence.question(), draft);
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }

    private void say(int count, List<String> items, TaskFacts opening, Question question, Draft draft) {
        Wording w = labels.wording();
        String line = w.say("listCount.line", w.count(count), countedAs(question));
        draft.line(Character.toUpperCase(line.charAt(0)) + line.substring(1));
        draft.line(w.say("source.quote", Sentences.shorten(Sentences.textOf(opening), 200)));
        items.stream().limit(SHOWN).forEach(item -> draft.line("- " + item));
        if (items.size() > SHOWN) {
            draft.line(w.say("listCount.more", items.size() - SHOWN));
        }
    }

    /** 「C和D」 at the end of 「A、B、C和D」 names two items. */
    private static void lastTwo(List<String> items) {
        var joined = LAST_JOIN.matcher(items.isEmpty() ? "" : items.get(items.size() - 1));
        if (items.size() >= 2 && joined.matches()) {
            items.set(items.size() - 1, joined.group(1));
            items.add(joined.group(2));
        }
    }

    /** 「个」 for 「几个」 (「项」 when none is asked); "major projects" for "how many major projects are…" ("items"). */
    private static String countedAs(Question question) {
        if (question.english()) {
            var asked = COUNTED_ASKED.matcher(question.text());
            return asked.find() ? asked.group(1) : "items";
        }
        var asked = MEASURE_ASKED.matcher(question.text());
        return asked.find() ? asked.group(1) : "项";
    }

    /**
     * The items of the best matching sentence piece (a sentence cut at its semicolons: 「优势产业的细分领域为：…；新兴产业的
     * 细分领域为：…」 lists twice) that enumerates two or more after its opening word.
     */
    private static Optional<List<String>> enumerated(TaskFacts task, Question question) {
        for (Sentences.Scored scored : Sentences.ranked(Sentences.textOf(task), question.terms())) {
            if (scored.coverage() == 0) {
                break;
            }
            List<String> pieces = Arrays.stream(PIECE_END.split(scored.sentence()))
                    .sorted(Comparator.comparingDouble((String piece) ->
                            TaskIndex.coverage(question.terms(), Texts.fold(piece))).reversed()).toList();
            for (String piece : pieces) {
                Optional<List<String>> items = items(piece);
                if (items.isPresent()) {
                    return items;
                }
            }
        }
        return Optional.empty();
    }

    /** 「…为：A、B、C和D」 → A, B, C, D; none when the piece names no two short items after its opening word. */
    private static Optional<List<String>> items(String piece) {
        var start = ENUMERATION_START.matcher(piece);
        int from = -1;
        while (start.find()) {
            from = start.end();
        }
        String rest = from < 0 ? "" : SENTENCE_END.matcher(piece.substring(from)).replaceAll("");
        if (!rest.contains("、") || CLAUSE_BREAK.matcher(rest).find()) {
            return Optional.empty(); // prose, not a list of names
        }
        List<String> items = new ArrayList<>();
        for (String item : rest.split("、")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        lastTwo(items);
        return items.size() >= 2 && items.stream().allMatch(i -> i.length() <= ITEM_LENGTH) ? Optional.of(items)
                : Optional.empty();
    }
}
