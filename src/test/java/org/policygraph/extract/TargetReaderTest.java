package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetReaderTest {
    private static List<Target> read(String sentence) {
        return TargetReader.read(sentence, 2017, null, "doc/一#1", 1);
    }

    @Test
    void should_read_every_number_of_a_sentence_with_its_own_metric() {
        // given a sentence of the services plan with several goals
        String sentence = "到2018年,全市金融业增加值突破1000亿元,年均增长15%;金融业实现税收突破130亿元,占全市税收比重15%以上。";

        // when
        List<Target> targets = read(sentence);

        // then
        assertThat(targets).extracting(Target::metric, Target::value, Target::unit, Target::year, Target::comparator)
                .containsExactly(tuple("全市金融业增加值", 1000.0, "亿元", 2018, "≥"),
                        tuple("全市金融业增加值年均增长", 15.0, "%", 2018, "="),
                        tuple("金融业实现税收", 130.0, "亿元", 2018, "≥"),
                        tuple("占全市税收比重", 15.0, "%", 2018, "≥"));
        assertThat(targets).extracting(Target::id).containsExactly("doc/一#1/t1", "doc/一#1/t2", "doc/一#1/t3",
                "doc/一#1/t4");
    }

    @Test
    void should_read_a_train_target_with_more_than() {
        List<Target> targets = read("郑欧班列开行300班以上;全货运航线力争达到38条");

        assertThat(targets).extracting(Target::metric, Target::value, Target::unit, Target::comparator)
                .containsExactly(tuple("郑欧班列开行", 300.0, "班", "≥"), tuple("全货运航线", 38.0, "条", "="));
        assertThat(targets.get(0).metricKey()).isEqualTo("中欧班列开行");
    }

    @Test
    void should_take_the_year_from_the_sentence_and_keep_magnitude_in_the_unit() {
        List<Target> targets = read("一是制定智能终端产业发展新三年行动计划，整合多方资源发展智能终端产业，力争2018年手机产量达到3.5亿部。");

        assertThat(targets).extracting(Target::metric, Target::value, Target::unit, Target::year)
                .containsExactly(tuple("手机产量", 3.5, "亿部", 2018));
    }

    @Test
    void should_fall_back_to_the_default_year_and_read_dollar_amounts() {
        List<Target> targets = read("稳定郑港班列常态化开行，争取班列年开行300班，货值达到13亿美元。");

        assertThat(targets).extracting(Target::metric, Target::value, Target::unit, Target::year)
                .containsExactly(tuple("班列年开行", 300.0, "班", 2017), tuple("货值", 13.0, "亿美元", 2017));
        assertThat(targets.get(0).metricKey()).isEqualTo("中欧班列开行");
    }

    @Test
    void should_name_a_counted_target_by_the_noun_after_the_number() {
        List<Target> targets = read("到2018年，培育60家上市后备科技型企业，新增2家科技类上市公司。");

        assertThat(targets).extracting(Target::metric, Target::value, Target::unit)
                .containsExactly(tuple("培育上市后备科技型企业", 60.0, "家"), tuple("新增科技类上市公司", 2.0, "家"));
    }

    @Test
    void should_read_at_least_before_a_verb_and_not_a_base_year() {
        List<Target> targets = read("到2020年，全市生产安全事故死亡人数比2015年下降10%，到2018年全市累计推广新能源汽车不低于3万辆标准车");

        assertThat(targets).extracting(Target::value, Target::year, Target::comparator)
                .containsExactly(tuple(10.0, 2020, "="), tuple(3.0, 2018, "≥"));
    }

    @Test
    void should_not_read_dates_document_numbers_or_durations_as_targets() {
        assertThat(read("根据《通知》（郑政〔2016〕29号）要求，于2017年3月底前完成，10个工作日内报送，第3季度考核。")).isEmpty();
    }

    @Test
    void should_key_a_bare_verb_metric_by_the_entity_named_earlier_in_the_sentence() {
        List<Target> targets = read("发挥中欧班列（郑州）品牌效应，实现全年开行300班，逐步将班列物流优势转化为国际贸易优势。");

        assertThat(targets).extracting(Target::metric, Target::metricKey, Target::value)
                .containsExactly(tuple("实现全年开行", "中欧班列开行", 300.0));
    }
}
