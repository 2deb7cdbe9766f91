package org.policygraph.ask.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.ScoredId;
import org.policygraph.graph.read.TaskFacts;

class ClauseIndexTest {
    private static final String CHARACTERS = "建设发展推进产业园区服务平台创新开放经济口岸";
    private final Random random = new Random(27);

    @Test
    void should_give_the_best_hits_of_a_search_that_scores_every_matching_clause() {
        // given: thousands of clauses, each text in ten copies (a store of copies of a corpus), so that a question's
        // common pairs match far more clauses than a page of hits
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            drawn.add(draw(8 + random.nextInt(40)));
        }
        List<TaskFacts> tasks = new ArrayList<>();
        for (int copy = 0; copy < 10; copy++) {
            for (String text : drawn) {
                tasks.add(new TaskFacts("t" + tasks.size(), "d" + copy, null, null, null, null, "s", draw(4), text,
                        null, tasks.size(), List.of(), List.of(), null, null, null, null, List.of(), List.of()));
            }
        }
        ClauseIndex clauses = new ClauseIndex(tasks);
        for (int q = 0; q < 30; q++) {
            String query = "\"" + draw(2) + "\" \"" + draw(2 + random.nextInt(3)) + "\" \"" + draw(3) + "\"";

            // when: a page of 40 hits, skipping what cannot enter it
            List<ScoredId> page = clauses.search(query, 40);

            // then: the first 40 of a search that scores every clause matching, scores and order alike
            List<ScoredId> all = clauses.search(query, tasks.size());
            assertThat(all.size()).as(query).isGreaterThan(40);
            assertThat(page).as(query).containsExactlyElementsOf(all.subList(0, 40));
        }
    }

    private String draw(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }
}
