package org.policygraph.ask.question;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * The places the documents belong to (广州市, 沙坪坝区, 浙江省), recognised in a question with or without their level
 * word, and in English by their pinyin ("Guangzhou's", "Shapingba district"): no list of places, only the graph's.
 */
final class Places {
    private static final Pattern LEVEL_WORD = Pattern.compile("(省|自治区|市|区|县)$");
    private final Map<String, String> chineseStems = new HashMap<>();
    private final Map<String, Pattern> pinyin = new HashMap<>();

    Places(Iterable<String> places) {
        for (String place : places) {
            if (place == null || place.isBlank() || chineseStems.containsKey(place)) {
                continue;
            }
            String stem = LEVEL_WORD.matcher(place).replaceFirst("");
            stem = stem.length() >= 2 ? stem : place;
            chineseStems.put(place, stem);
            pinyin.put(place, Pattern.compile("\\b" + HanLP.convertToPinyinList(stem).stream()
                    .map(Pinyin::getPinyinWithoutTone).map(Pattern::quote)
                    .collect(Collectors.joining("[\\s-]?")) + "\\b", Pattern.CASE_INSENSITIVE));
        }
    }

    /**
     * Every place the question (as asked) names: 「广州市财政局」, 「广州的」, "Guangzhou's", "Shapingba"; the question
     * folded once for all of them.
     */
    Set<String> namedIn(String question) {
        String folded = Texts.fold(question);
        String lower = question.toLowerCase(Locale.ROOT);
        Set<String> named = new HashSet<>();
        chineseStems.forEach((place, stem) -> {
            if (folded.contains(stem) || pinyin.get(place).matcher(lower).find()) {
                named.add(place);
            }
        });
        return named;
    }
}
