package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlacesTest {
    /** Places as a graph of many plans holds them: real ones beside many made-up counties (a large store's copies). */
    private final Places places = new Places(graphPlaces());

    @Test
    void should_find_the_places_a_chinese_question_names_among_many() {
        assertThat(places.namedIn("郑州市和沙坪坝区的开放方案各要求什么？")).containsExactlyInAnyOrder("郑州市", "沙坪坝区");
        assertThat(places.namedIn("广州的招商引资由谁牵头")).containsExactly("广州市");
        assertThat(places.namedIn("东3县的招商引资由谁牵头")).containsExactly("东3县");
    }

    @Test
    void should_find_a_place_an_english_question_names_by_its_pinyin() {
        assertThat(places.namedIn("Who leads investment promotion in Guangzhou's plan?")).containsExactly("广州市");
        assertThat(places.namedIn("What does the Shapingba district plan set?")).containsExactly("沙坪坝区");
        assertThat(places.namedIn("What does zheng-zhou plan for 2018?")).containsExactly("郑州市");
    }

    @Test
    void should_name_no_place_a_question_only_shares_letters_or_characters_with() {
        assertThat(places.namedIn("招商引资由哪个单位牵头？")).isEmpty();
        // the pinyin of 广州 inside a longer word is no place
        assertThat(places.namedIn("Is guangzhoustreet a place?")).isEmpty();
        assertThat(places.namedIn("广告和州际合作")).isEmpty();
    }

    @Test
    void should_take_places_joined_by_a_conjunction_as_parts_in_the_order_written() {
        assertThat(places.joined("沙坪坝2022年和郑州2017年的GDP增速目标各是多少？", places.namedIn("沙坪坝2022年和郑州2017年")))
                .containsExactly("沙坪坝区", "郑州市");
        String english = "What GDP growth targets did Shapingba (2022) and Guangzhou (2012) set?";
        assertThat(places.joined(english, places.namedIn(english))).containsExactly("沙坪坝区", "广州市");
    }

    @Test
    void should_not_take_a_place_inside_another_places_name_as_a_part() {
        String inName = "When is the Henan (Zhengzhou) port inspection and testing center supposed to be in use?";
        String ofPlace = "How large is the Zhengzhou area of the Henan pilot free trade zone?";
        assertThat(places.joined(inName, places.namedIn(inName))).isEmpty();
        assertThat(places.joined(ofPlace, places.namedIn(ofPlace))).isEmpty();
        assertThat(places.joined("郑州市在河南省开放行动计划中的任务", places.namedIn("郑州市在河南省开放行动计划中的任务"))).isEmpty();
    }

    private static List<String> graphPlaces() {
        List<String> places = new ArrayList<>(List.of("郑州市", "广州市", "沙坪坝区", "河南省"));
        for (int i = 0; i < 300; i++) {
            places.add("东" + i + "县");
        }
        return places;
    }
}
