package org.policygraph.ask.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Language;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.TermGroup;
import org.policygraph.graph.read.TaskFacts;

class TermCoverageTest {
    private static final String CHARACTERS = "建设发展推进产业园区服务平台创新开放经济";
    private final Random random = new Random(27);

    @Test
    void should_read_from_the_postings_the_coverage_each_text_gives() {
        // given: texts drawn from few characters, so that whole terms, half terms and single pairs all occur, some
        // of them repeated (a copy's clause is one text of the postings)
        List<String> texts = new ArrayList<>(texts(600));
        texts.addAll(texts.subList(100, 300));
        TextPostings postings = new TextPostings(texts);
        for (int question = 0; question < 40; question++) {
            List<TermGroup> groups = groups();

            // when
            TermPostings terms = new TermPostings(postings, groups);

            // then: the same share, to the last bit, as reading each text
            for (int t = 0; t < texts.size(); t++) {
                assertThat(terms.coverage(postings.textOf(t))).as("task %d, groups %s", t, groups)
                        .isEqualTo(TermCoverage.of(groups, texts.get(t)));
            }
        }
    }

    @Test
    void should_count_a_term_in_part_by_the_pairs_a_text_holds() {
        TermPostings terms = new TermPostings(new TextPostings(List.of("推进产业园区建设", "产业发展", "服务平台")),
                List.of(new TermGroup(List.of("产业园区"), 1)));

        assertThat(terms.coverage(0)).isEqualTo(1);
        assertThat(terms.coverage(1)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(terms.coverage(2)).isZero();
    }

    @Test
    void should_pool_the_best_covered_tasks_every_task_offered_would_give() {
        poolsAsScoringEveryTask(0);
    }

    @Test
    void should_pool_as_every_task_would_when_tasks_of_a_named_document_have_priors_of_their_own() {
        // a who-question's unit bonus: some tasks of every document score more than their document's boost
        poolsAsScoringEveryTask(0.2);
    }

    /** {@code bonus}: what every fifth task scores beside its document's boost. */
    private void poolsAsScoringEveryTask(double bonus) {
        // given: many documents of near-identical tasks (as copies of a corpus are: each text three times, in three
        // documents), some boosted, some out of scope
        List<String> drawn = texts(500);
        List<String> texts = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            texts.addAll(drawn);
        }
        List<TaskFacts> facts = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            facts.add(new TaskFacts("t" + t, "d" + t % 30, null, null, null, null, "s", null, texts.get(t), null, t,
                    List.of(), List.of(), null, null, null, null, List.of(), List.of()));
        }
        TaskIndex index = new TaskIndex(facts);
        for (int q = 0; q < 30; q++) {
            Map<String, Double> boosts = new HashMap<>();
            for (int named = 0; named < 1 + q % 3; named++) {
                boosts.put("d" + random.nextInt(30), 0.15 * random.nextInt(4));
            }
            Set<String> scope = q % 3 == 0 ? Set.of("d1", "d2", "d3", "d4", "d5", "d6", "d7") : Set.of();
            Question question = new Question("?", Language.ZH, EnumSet.noneOf(Kind.class), groups(), List.of(),
                    boosts, scope, null, false);

            // when: the walk bounded by the boost of a task outside the named document (none), then the named
            // document's tasks, as the coverage retriever does
            java.util.function.ToDoubleFunction<TaskIndex.Entry> prior = e -> boosts.getOrDefault(e.docKey(), 0.0)
                    + (e.position() % 5 == 0 ? bonus : 0);
            LexicalPool pool = new LexicalPool(index, question, prior, 40);
            pool.walkTerms(bonus);
            boosts.forEach((doc, boost) -> pool.offerDocument(index.ofDocument(doc), boost + bonus));

            // then: the top 40 of all tasks that cover some of the question or are of the named document, scored
            // one by one
            List<TaskIndex.Entry> expected = index.entries().stream()
                    .filter(e -> (TermCoverage.of(question.terms(), e.folded()) > 0 || boosts.containsKey(e.docKey()))
                            && question.inScope(e.docKey()))
                    .sorted(Comparator.comparingDouble((TaskIndex.Entry e) -> -(TermCoverage.of(question.terms(),
                            e.folded()) + prior.applyAsDouble(e))).thenComparingInt(TaskIndex.Entry::position))
                    .limit(40).toList();
            assertThat(pool.entries()).as("question %d: %s", q, question.terms()).containsExactlyElementsOf(expected);
            // and any task's coverage after the walk (what the fusion reads for BM25's and the vectors' candidates,
            // from the lists the walk did not read whole only) is the one reading its text gives
            for (TaskIndex.Entry e : index.entries()) {
                assertThat(pool.coverage(e)).as("question %d, task %d", q, e.position())
                        .isEqualTo(TermCoverage.of(question.terms(), e.folded()));
            }
        }
    }

    private List<TermGroup> groups() {
        List<TermGroup> groups = new ArrayList<>();
        for (int g = 0; g < 1 + random.nextInt(4); g++) {
            groups.add(new TermGroup(List.of(draw(1 + random.nextInt(5)), draw(2 + random.nextInt(3))),
                    0.5 + random.nextInt(3)));
        }
        return groups;
    }

    private List<String> texts(int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(draw(8 + random.nextInt(40)));
        }
        return texts;
    }

    private String draw(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }
}
