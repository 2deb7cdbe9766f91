package org.policygraph.ask.compose;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.TaskFacts;

/**
 * What a document is about, in its own words: the sentence of its opening clauses that writes its act (「决定对…进行
 * 奖励」, 「现将…印发给你们」; graph-import/operative-sentences.tsv, strongest first), else its first sentence. The title
 * names the kind of act (「关于调整…成员的通知」); this sentence says what it does and to whom.
 */
final class DocumentGist {
    /** The opening: the clauses before the document's first headed sections, where a notice says what it does. */
    private static final int OPENING = 6;
    private static final int SHOWN = 160;
    private static final List<Pattern> OPERATIVE = Texts.lines("graph-import/operative-sentences.tsv").stream()
            .map(Pattern::compile).toList();

    record Gist(TaskFacts task, String sentence) {
    }

    private DocumentGist() {
    }

    static Optional<Gist> of(Catalog catalog, String docKey) {
        List<String> ids = catalog.index().ofDocument(docKey).stream()
                .sorted(Comparator.comparingInt(TaskIndex.Entry::position)).limit(OPENING)
                .map(TaskIndex.Entry::id).toList();
        List<TaskFacts> opening = catalog.facts().of(ids);
        for (Pattern operative : OPERATIVE) {
            for (TaskFacts task : opening) {
                for (String sentence : Sentences.split(task.text())) {
                    if (operative.matcher(sentence.replaceAll("\\s+", "")).find()) {
                        return Optional.of(new Gist(task, Sentences.shorten(sentence, SHOWN)));
                    }
                }
            }
        }
        return opening.stream().findFirst().flatMap(t -> Sentences.split(t.text()).stream().findFirst()
                .map(s -> new Gist(t, Sentences.shorten(s, SHOWN))));
    }
}
