package org.policygraph.ask.compose;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ask.question.NamedSet;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.graph.read.TaskFacts;

/**
 * Projects under a topic: the projects the best task mentions and its best sentences; when the task only
 * introduces a list (「重大项目谋划：」), the items that follow it in its section.
 */
final class ProjectPart {
    /** A list asked is shown longer than the items a lead-in brings into the evidence. */
    private static final int ITEMS = 12;
    /** The words a named project ends in (宇通跨国客车工业园, 缅甸工业建设项目): graph-import/project-words.txt. */
    private static final Pattern PROJECT_WORD = Pattern.compile(String.join("|",
            Texts.lines("graph-import/project-words.txt")));
    /** A sentence that matches the question this well of the best one is as good a match, and a list wins among them. */
    private static final double NEAR_BEST = 0.6;
    private final Labels labels;
    private final ListedItems lists;
    private final Catalog catalog;

    ProjectPart(Labels labels, Catalog catalog) {
        this.labels = labels;
        this.catalog = catalog;
        this.lists = new ListedItems(catalog);
    }

    Optional<TaskFacts> write(Evidence evidence, Draft draft) {
        List<TaskFacts> part = lists.partAsked(evidence.question(),
                evidence.top().map(TaskFacts::docKey).orElse(null), ITEMS);
        if (!part.isEmpty()) {
            // 「第四部分列了哪些重点工程」: the part named by its place in the outline is the list
            draft.line(labels.wording().say("project.part", labels.section(part.get(0)).split(">")[0]));
            items(part, draft);
            return Optional.of(part.get(0));
        }
        Optional<TaskFacts> named = namedSet(evidence, draft);
        if (named.isPresent()) {
            return named;
        }
        Optional<TaskFacts> top = listing(evidence).or(evidence::top);
        if (top.isEmpty()) {
            return top;
        }
        TaskFacts task = top.get();
        Wording w = labels.wording();
        Set<String> projects = new LinkedHashSet<>(task.projects());
        if (!projects.isEmpty()) {
            draft.line(w.say("project.header", String.join(w.listSeparator(), projects)));
        }
        listing(Sentences.ranked(Sentences.textOf(task), evidence.question().terms())).stream().limit(2)
                .forEach(s -> draft.line(w.say("source.quote", Sentences.shorten(s.sentence(), 300))));
        items(items(task, evidence.question()), draft);
        return top;
    }

    /**
     * 「七大产业基地都是哪些」: the members of the set the question names with its size, in the document asked or one
     * of the evidence's; empty when no document holds a set of that size.
     */
    private Optional<TaskFacts> namedSet(Evidence evidence, Draft draft) {
        List<NamedSet> sets = NamedSet.in(evidence.question());
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        Set<String> documents = new LinkedHashSet<>();
        catalog.documentAsked(evidence.question(), evidence.top().map(TaskFacts::docKey).orElse(null))
                .ifPresent(d -> documents.add(d.key()));
        evidence.tasks().stream().limit(5).forEach(t -> documents.add(t.docKey()));
        Optional<NamedSets.Members> members = new NamedSets(catalog).find(sets, List.copyOf(documents));
        if (members.isEmpty()) {
            return Optional.empty();
        }
        NamedSet set = members.get().set();
        draft.line(labels.wording().say("project.namedSet", set.written(), labels.wording().count(set.size())));
        members.get().names().forEach(name -> draft.line("- " + name));
        members.get().sources().forEach(source -> draft.cite(source, Sentences.shorten(source.text(), 200)));
        return Optional.of(members.get().sources().get(0));
    }

    private static void items(List<TaskFacts> items, Draft draft) {
        items.forEach(item -> {
            draft.line("- " + Sentences.shorten(Sentences.textOf(item), 120));
            draft.cite(item, Sentences.shorten(item.text(), 200));
        });
    }

    /**
     * The sentences that match the question nearly as well as the best, those naming the most items first
     * (「重点支持A和B项目、C等国住宅项目」 lists what is asked); then the others in their rank.
     */
    private static List<Sentences.Scored> listing(List<Sentences.Scored> ranked) {
        double best = ranked.stream().mapToDouble(Sentences.Scored::coverage).max().orElse(0);
        return ranked.stream().filter(s -> s.coverage() > 0)
                .sorted(Comparator.comparing((Sentences.Scored s) -> s.coverage() < NEAR_BEST * best)
                        .thenComparing(Comparator.comparingInt((Sentences.Scored s) -> enumerated(s.sentence()))
                                .reversed())).toList();
    }

    /** The task whose sentence naming several items matches the question best, each task's sentences read once. */
    private static Optional<TaskFacts> bestEnumerating(List<TaskFacts> tasks, Question question) {
        TaskFacts best = null;
        double bestScore = 0;
        for (TaskFacts task : tasks) {
            double score = enumerating(task, question);
            if (score > bestScore) {
                best = task;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How well the task's best sentence that names several items matches the question; 0 when none does. */
    private static double enumerating(TaskFacts task, Question question) {
        return Sentences.ranked(Sentences.textOf(task), question.terms()).stream()
                .filter(s -> enumerated(s.sentence()) > 0).mapToDouble(Sentences.Scored::coverage).max().orElse(0);
    }

    /** How many named projects a sentence lists: none unless it is a list (「A项目、B项目」), not prose naming one. */
    private static int enumerated(String sentence) {
        if (sentence.indexOf('、') < 0) {
            return 0;
        }
        int count = 0;
        for (Matcher m = PROJECT_WORD.matcher(sentence); m.find(); ) {
            count++;
        }
        return count >= 2 ? count : 0;
    }

    /**
     * Among the best tasks that cover the question nearly as well: the first that opens a list or is a row of the
     * table asked; else the one whose sentence naming several items matches the question best; else the first that
     * names projects.
     */
    private Optional<TaskFacts> listing(Evidence evidence) {
        Question question = evidence.question();
        List<TaskFacts> near = evidence.nearBest(4, 0.8);
        return near.stream().filter(t -> !lists.around(t, question, ITEMS).isEmpty()).findFirst()
                .or(() -> bestEnumerating(near, question))
                .or(() -> near.stream().filter(t -> !lists.above(t, question, ITEMS).isEmpty()).findFirst())
                .or(() -> near.stream().filter(t -> !t.projects().isEmpty()).findFirst());
    }

    /** The list read around the task (ListedItems): what it opens or its section asked, else a section above asked. */
    private List<TaskFacts> items(TaskFacts task, Question question) {
        List<TaskFacts> items = lists.around(task, question, ITEMS);
        return items.isEmpty() ? lists.above(task, question, ITEMS) : items;
    }
}
