package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.SuggestionSeed;

class SuggestionsTest {
    @Test
    void should_mix_kinds_and_phrase_each_in_chinese_and_english() {
        List<SuggestionSeed> seeds = List.of(
                new SuggestionSeed("project", "中欧班列(郑州)+跨境电商", "市口岸办"),
                new SuggestionSeed("project", "百亿级工业园区", "市工信委"),
                new SuggestionSeed("department", "市工信委", null),
                new SuggestionSeed("target", "地区生产总值", "2020"));

        List<Suggestions.Question> questions = Suggestions.from(seeds, 3);

        assertThat(questions).extracting(Suggestions.Question::zh).containsExactly(
                "中欧班列(郑州)+跨境电商这项工作由哪个部门牵头？", "市工信委牵头负责哪些工作？", "到2020年地区生产总值的目标是多少？");
        assertThat(questions.get(2).en()).isEqualTo("What is the 2020 target for 地区生产总值?");
    }

    @Test
    void should_ask_for_number_and_date_of_the_plan_an_issuing_notice_names() {
        List<SuggestionSeed> seeds = List.of(new SuggestionSeed("document",
                "关于印发郑州市2017年跨境电商综试区建设实施方案的通知", "郑政办〔2017〕32号"));

        assertThat(Suggestions.from(seeds, 8)).extracting(Suggestions.Question::zh)
                .containsExactly("《郑州市2017年跨境电商综试区建设实施方案》的文号是多少？哪天印发的？");
    }

    @Test
    void should_skip_subjects_that_are_fragments_of_a_sentence() {
        List<SuggestionSeed> seeds = List.of(new SuggestionSeed("target", "占", "2016"),
                new SuggestionSeed("target", "）", "2017"), new SuggestionSeed("target", "货值", "2017"),
                new SuggestionSeed("target", "奶产量分别稳定在，肉类总产量分别稳定在较高水平上的目标", "2017"));

        assertThat(Suggestions.from(seeds, 8)).isEmpty();
    }
}
