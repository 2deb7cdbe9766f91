package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.DepartmentSummary;

class DepartmentMentionsTest {
    /** The units of a graph of many plans: real ones beside hundreds of made-up bureaus (a large store's copies). */
    private final DepartmentNames departments = new DepartmentNames(units());

    @Test
    void should_find_the_units_a_text_names_in_order_among_many() {
        assertThat(departments.mentionedIn(Texts.fold("市商务局牵头，市发展改革委、市财政局配合")))
                .containsExactly("市商务局", "市发展改革委", "市财政局");
        assertThat(departments.mentionedIn(Texts.fold("东7局和口岸办负责"))).containsExactly("东7局", "市口岸办");
    }

    @Test
    void should_read_the_longest_name_first_and_not_its_parts() {
        // 市发展改革委 holds 发展改革委 (its name without 市): one unit, named once
        assertThat(departments.mentionedIn(Texts.fold("由市发展改革委负责"))).containsExactly("市发展改革委");
        assertThat(departments.mentionedIn(Texts.fold("招商引资由谁牵头"))).isEmpty();
    }

    private static List<DepartmentSummary> units() {
        List<DepartmentSummary> units = new ArrayList<>(List.of(
                unit("市商务局", List.of()), unit("市发展改革委", List.of("市发改委")), unit("市财政局", List.of()),
                unit("市口岸办", List.of())));
        for (int i = 0; i < 400; i++) {
            units.add(unit("东" + i + "局", List.of()));
        }
        return units;
    }

    private static DepartmentSummary unit(String name, List<String> aliases) {
        return new DepartmentSummary(name, name, null, aliases, "市", 1, 1, true);
    }
}
