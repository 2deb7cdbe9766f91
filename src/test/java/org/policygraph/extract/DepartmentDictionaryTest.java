package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DepartmentDictionaryTest {
    private static final DepartmentDictionary DICTIONARY = DepartmentDictionary.load();

    @Test
    void should_resolve_colloquial_and_full_names_to_one_body() {
        for (String spelling : List.of("发改委", "市发改委", "发展改革委", "郑州市发展和改革委员会", "市发展改革委")) {
            assertThat(DICTIONARY.resolve(spelling, null)).map(Department::name).as(spelling).contains("市发展改革委");
        }
        assertThat(DICTIONARY.resolve("郑州经济开发区管委会", null)).map(Department::name).contains("郑州经济开发区");
        assertThat(DICTIONARY.resolve("市政府金融办", null)).map(Department::name).contains("市金融办");
    }

    @Test
    void should_carry_the_level_of_the_previous_member_of_a_list() {
        assertThat(DICTIONARY.resolve("邮政管理局", "市商务局")).map(Department::name).contains("市邮政管理局");
        assertThat(DICTIONARY.resolve("发展改革委", "省商务厅")).map(Department::name).contains("省发展改革委");
        assertThat(DICTIONARY.resolve("开发区", "各县（市、区）")).map(Department::name).contains("各开发区");
        assertThat(DICTIONARY.resolve("测绘局", "市商务局")).isEmpty();
    }

    @Test
    void should_hold_complete_entries_with_known_levels_and_kinds() {
        Set<String> levels = Set.of("city", "province", "district", "national");
        Set<String> kinds = Set.of("bureau", "commission", "office", "center", "district", "zone", "company", "group",
                "collective", "other");

        assertThat(DICTIONARY.all()).hasSizeGreaterThan(100).allSatisfy(d -> {
            assertThat(d.fullName()).isNotBlank();
            assertThat(d.nameEn()).isNotBlank();
            assertThat(levels).contains(d.level());
            assertThat(kinds).contains(d.kind());
            assertThat(d.inDictionary()).isTrue();
        });
    }

    @Test
    void should_not_give_one_spelling_to_two_bodies() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Department d : DICTIONARY.all()) {
            List<String> spellings = new ArrayList<>(d.aliases());
            spellings.add(d.name());
            for (String s : spellings) {
                String previous = owner.putIfAbsent(UnitNames.fold(s), d.name());
                if (previous != null && !previous.equals(d.name())) {
                    clashes.add(s + ": " + previous + " / " + d.name());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void should_classify_unknown_units_by_their_suffix() {
        assertThat(UnitKinds.kind("市测绘局")).isEqualTo("bureau");
        assertThat(UnitKinds.kind("郑州火车站地区管委会")).isEqualTo("zone");
        assertThat(UnitKinds.kind("郑州图灵机器人股份有限公司")).isEqualTo("company");
        assertThat(UnitKinds.kind("市减负工作领导小组各成员单位")).isEqualTo("collective");
        assertThat(UnitKinds.kind("巩义市")).isEqualTo("district");
        assertThat(UnitKinds.level("省商务厅", "bureau")).isEqualTo("province");
    }
}
