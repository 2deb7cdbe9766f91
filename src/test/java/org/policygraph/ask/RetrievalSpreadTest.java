package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.ask.retrieve.Ranked;

/** A question that points at no document: the plans that all set the asked target each show their clause. */
class RetrievalSpreadTest {

    @Test
    void should_let_another_plans_near_equal_clause_before_a_plans_second_one() {
        // the three plans setting 「规上工业增加值增长」, and an appraisal scheme naming the indicator twice
        List<Ranked> ranked = List.of(new Ranked("caidian", "caidian", 0.888, 0.78),
                new Ranked("scheme-1", "scheme", 0.874, 0.78), new Ranked("lishui", "lishui", 0.873, 0.78),
                new Ranked("scheme-2", "scheme", 0.803, 0.78), new Ranked("lishan", "lishan", 0.722, 0.59));

        assertThat(Retrieval.spread(ranked)).extracting(Ranked::id).startsWith("caidian", "scheme-1", "lishui", "lishan");
    }

    @Test
    void should_keep_a_plans_clearly_better_clauses_and_a_lead_in_with_its_items() {
        List<Ranked> ranked = List.of(new Ranked("task", "plan", 1.034, 1.0), new Ranked("heading", "plan", 1.025, 1.0),
                new Ranked("lead-in", "plan", 0.95, 0.9), new Ranked("item", "plan", 0.95, 0.9),
                new Ranked("elsewhere", "other", 0.809, 1.0));

        assertThat(Retrieval.spread(ranked)).extracting(Ranked::id)
                .containsExactly("task", "heading", "elsewhere", "lead-in", "item");
    }
}
