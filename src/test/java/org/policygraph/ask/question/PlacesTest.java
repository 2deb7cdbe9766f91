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

    private static List<String> graphPlaces() {
        List<String> places = new ArrayList<>(List.of("郑州市", "广州市", "沙坪坝区", "河南省"));
        for (int i = 0; i < 300; i++) {
            places.add("东" + i + "县");
        }
        return places;
    }
}
