package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.ask.retrieve.Ranked;

/**
 * A result question ("did the airport reach the 2017 plan's 23 million passengers?"): the goal stands in the plan the
 * question names, the result in a later report that does not carry the plan's title.
 */
class RetrievalReportTest {

    @Test
    void should_put_the_best_clause_of_another_document_right_after_the_plans_goal() {
        // as asked, the two opening-up plans the question's words name fill the ranking
        List<Ranked> asked = List.of(new Ranked("plan-goal", "plan", 1.89, 0.96),
                new Ranked("twin-goal", "twin", 1.72, 0.71), new Ranked("plan-aim", "plan", 1.70, 0.75),
                new Ranked("twin-title", "twin", 1.35, 0.12));
        // with the names set aside, the report's clause comes up among them
        List<Ranked> namesAside = List.of(new Ranked("plan-goal", "plan", 0.89, 0.96),
                new Ranked("report-actual", "report", 0.84, 0.80), new Ranked("twin-goal", "twin", 0.72, 0.71));

        List<Ranked> ranked = Retrieval.withReport(asked, namesAside, Set.of("plan", "twin"));

        assertThat(ranked).extracting(Ranked::id).startsWith("plan-goal", "report-actual", "twin-goal")
                .doesNotHaveDuplicates().contains("plan-aim", "twin-title");
    }

    @Test
    void should_keep_the_plans_ranking_when_no_other_document_holds_the_topic() {
        List<Ranked> asked = List.of(new Ranked("goal", "plan", 1.5, 0.9), new Ranked("aim", "plan", 1.2, 0.6));

        assertThat(Retrieval.withReport(asked, asked, Set.of("plan"))).extracting(Ranked::id)
                .containsExactly("goal", "aim");
    }
}
