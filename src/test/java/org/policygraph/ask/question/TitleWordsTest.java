package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Weighing a question's words only in the titles they start in finds what weighing every title finds. */
class TitleWordsTest {
    private static final List<String> TITLES = List.of(
            "关于印发2016年河南省对外开放工作行动计划的通知", "关于印发郑州市2017年对外开放工作实施方案的通知",
            "关于印发郑州市信息化“十三五”发展规划的通知", "关于印发开封市信息化“十三五”发展规划的通知",
            "关于印发郑州市推进服务业供给侧结构性改革专项行动方案（2016-2018年）的通知",
            "关于印发郑州市推进工业结构调整实施方案的通知", "the food industry plan", "广州市民生幸福工程");

    @Test
    void should_weigh_the_titles_its_words_start_in_as_weighing_every_title() {
        List<String> folded = TITLES.stream().map(Texts::fold).toList();
        TitleWords words = new TitleWords(folded);
        Random random = new Random(27);
        for (int question = 0; question < 2_000; question++) {
            List<TermGroup> terms = new ArrayList<>();
            for (int t = 1 + random.nextInt(5); t > 0; t--) {
                List<String> forms = new ArrayList<>();
                for (int f = 1 + random.nextInt(2); f > 0; f--) {
                    forms.add(form(folded, random));
                }
                terms.add(new TermGroup(forms, 0.5 + random.nextInt(8)));
            }
            Map<String, Double> found = words.found(terms);
            for (String title : folded) {
                assertThat(found.getOrDefault(title, 0.0)).as("%s in %s", terms, title)
                        .isEqualTo(TitleWords.foundWeight(terms, title));
            }
        }
    }

    /** A piece of a title (one to six characters), a shortened compound (a word left out), or two pieces joined. */
    private static String form(List<String> titles, Random random) {
        String title = titles.get(random.nextInt(titles.size()));
        int from = random.nextInt(title.length());
        String piece = title.substring(from, Math.min(title.length(), from + 1 + random.nextInt(6)));
        return switch (random.nextInt(3)) {
            case 0 -> piece;
            case 1 -> from + 9 <= title.length()
                    ? title.substring(from, from + 3) + title.substring(from + 5, from + 9) : piece;
            default -> piece + form(titles, random).substring(0, 1);
        };
    }
}
