package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A slogan or abbreviation the segmenter breaks into single characters is kept whole when the documents write it. */
class BrokenWordsTest {
    /** Task texts as the shipped corpus writes them. */
    private static final List<String> TASKS = List.of(
            "加快实施“引金入郑”战略。坚持“引外”与“培内”同步推进,实现国内15家政策性银行、全国性股份制银行全部进驻郑州",
            "建立多元化的创投体系,新设立20支以上各类双创基金,基金管理规模100亿元以上");
    private final Set<String> stopwords = new HashSet<>(Texts.lines("graph-import/question-stopwords.txt"));
    private final TermStatistics statistics = new TermStatistics() {
        @Override
        public double idf(TermGroup group) {
            return 1;
        }

        @Override
        public List<String> mostUsed(List<String> words, int max) {
            return words.stream().filter(w -> TASKS.stream().anyMatch(t -> t.contains(w))).limit(max).toList();
        }
    };
    private final BrokenWords broken = new BrokenWords(statistics, stopwords);

    private List<String> phrases(String question) {
        List<String> words = new Segmenter(List.of()).words(question);
        return broken.in(words).stream().map(BrokenWords.Phrase::text).toList();
    }

    @Test
    void should_keep_a_slogan_the_segmenter_breaks_into_characters() {
        assertThat(phrases("引金入郑那块谁牵头？")).containsExactly("引金入郑");
    }

    @Test
    void should_keep_a_term_whose_characters_stand_apart() {
        // The words as HanLP cuts them without the corpus's words: HanLP's dictionary is process-wide, and a test
        // that built an asker before this one has taught it 双创基金, so the split is given, not segmented here.
        List<String> words = List.of("双创", "基地", "到", "2018年", "要", "新设", "多少", "支", "双", "创", "基金",
                "，", "管理", "规模", "多大", "？");
        assertThat(broken.in(words)).extracting(BrokenWords.Phrase::text).contains("双创基金");
    }

    @Test
    void should_add_nothing_when_every_word_is_whole() {
        assertThat(phrases("人才公寓是哪个单位牵头的？")).isEmpty();
    }
}
