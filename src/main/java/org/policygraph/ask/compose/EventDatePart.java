package org.policygraph.ask.compose;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.SentenceFinder;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.TaskFacts;

/**
 * When something happened or takes effect, asked where no time limit answers (「常务会议哪天通过的」, "when does the
 * opinion take effect"): the date or the start written in a sentence of the evidence that tells the same event
 * (graph-import/event-verbs.tsv): 「已于2017年3月13日经…审议通过」, 「自发布之日起30日后施行」.
 */
final class EventDatePart {
    private record Event(Pattern asked, Pattern written) {
    }

    private static final List<Event> EVENTS = Texts.lines("graph-import/event-verbs.tsv").stream()
            .map(line -> line.split("\t")).filter(cells -> cells.length == 2)
            .map(cells -> new Event(Pattern.compile(cells[0], Pattern.CASE_INSENSITIVE), Pattern.compile(cells[1])))
            .toList();
    /** A day written out, or a start counted from an event (「自发布之日起30日后」). */
    private static final Pattern WHEN = Pattern.compile(
            "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|自[^，。；]{0,12}之日起(?:\\d+日后)?");
    private final Labels labels;
    private final Catalog catalog;

    EventDatePart(Labels labels, Catalog catalog) {
        this.labels = labels;
        this.catalog = catalog;
    }

    /** The task whose sentence dates the event asked, the date written and its sentence; empty when none does. */
    Optional<TaskFacts> write(Evidence evidence, Draft draft) {
        Optional<Event> event = EVENTS.stream().filter(e -> e.asked().matcher(evidence.question().text()).find())
                .findFirst();
        if (event.isEmpty()) {
            return Optional.empty();
        }
        BiPredicate<TaskFacts, String> dates = (task, sentence) -> event.get().written().matcher(sentence).find()
                && WHEN.matcher(sentence).find();
        Optional<SentenceFinder.Found> found = SentenceFinder.find(evidence, dates)
                .or(() -> evidence.named().isEmpty() ? inDocument(evidence, dates) : Optional.empty());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Matcher when = WHEN.matcher(found.get().sentence());
        when.find();
        draft.line(labels.wording().say("event.date", when.group().replaceAll("\\s+", ""),
                found.get().sentence().strip()));
        return Optional.of(found.get().task());
    }

    /**
     * "When does the opinion take effect": the event is the named document's own, told by a sentence that holds none
     * of the question's words (「本意见自发布之日起30日后施行」); the first such sentence of the document.
     */
    private Optional<SentenceFinder.Found> inDocument(Evidence evidence, BiPredicate<TaskFacts, String> dates) {
        Optional<DocumentSummary> document = catalog.documentAsked(evidence.question(), null);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = catalog.index().ofDocument(document.get().key()).stream().map(TaskIndex.Entry::id).toList();
        for (TaskFacts task : catalog.facts().of(ids)) {
            for (String sentence : Sentences.split(Sentences.textOf(task))) {
                if (dates.test(task, sentence)) {
                    return Optional.of(new SentenceFinder.Found(task, sentence, 0));
                }
            }
        }
        return Optional.empty();
    }
}
