package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.DepartmentSummary;

/** An answer names a unit's English name only when every unit of that name has it: never another place's. */
class DepartmentEnglishNamesTest {
    private static DepartmentSummary unit(String name, String fullName, String english) {
        return new DepartmentSummary(name, fullName, english, List.of(), "市", 1, 0, true);
    }

    @Test
    void should_give_no_english_name_for_a_name_two_places_share_whatever_the_order_they_were_read_in() {
        List<DepartmentSummary> units = new ArrayList<>(List.of(
                unit("市人才办", "郑州市人才工作领导小组办公室", "Office of the Zhengzhou Talent Work Leading Group"),
                unit("市人才办", "广州市人才工作领导小组办公室", null),
                unit("市口岸办", "郑州市人民政府口岸办公室", "Port Office"),
                unit("市统计局", "郑州市统计局", "Statistics Bureau"),
                unit("市统计局", "丽水市统计局", "Statistics Bureau")));
        for (int turn = 0; turn < 2; turn++) {
            DepartmentNames names = new DepartmentNames(units);

            assertThat(names.english("市人才办")).isNull();
            assertThat(names.english("市口岸办")).isEqualTo("Port Office");
            assertThat(names.english("市统计局")).isEqualTo("Statistics Bureau");
            java.util.Collections.reverse(units);
        }
    }
}
