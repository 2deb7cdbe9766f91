package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * The places the documents belong to (广州市, 沙坪坝区, 浙江省), recognised in a question with or without their level
 * word, and in English by their pinyin ("Guangzhou's", "Shapingba district"): no list of places, only the graph's.
 * A question is checked against the places its own characters can start (a stem's first character, a pinyin's first
 * syllable), so that its cost follows the question, not how many places the graph holds.
 */
final class Places {
    private static final Pattern LEVEL_WORD = Pattern.compile("(省|自治区|市|区|县)$");
    private static final Pattern JOINER = Pattern.compile("和|与|及|跟|同|、|还有|或|\\band\\b|\\bvs\\b|\\bversus\\b|\\bor\\b");
    private static final int MAX_BETWEEN = 60;
    private final Map<String, String> chineseStems = new HashMap<>();
    private final Map<String, Pattern> pinyin = new HashMap<>();
    /** The places by the first character of their stem. */
    private final Map<Character, List<String>> byFirstCharacter = new HashMap<>();
    /** The places by the first syllable of their pinyin (lower case), and the longest such syllable. */
    private final Map<String, List<String>> byFirstSyllable = new HashMap<>();
    private int longestSyllable;

    Places(Iterable<String> places) {
        for (String place : places) {
            if (place == null || place.isBlank() || chineseStems.containsKey(place)) {
                continue;
            }
            String stem = LEVEL_WORD.matcher(place).replaceFirst("");
            stem = stem.length() >= 2 ? stem : place;
            chineseStems.put(place, stem);
            byFirstCharacter.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>()).add(place);
            List<String> syllables = HanLP.convertToPinyinList(stem).stream().map(Pinyin::getPinyinWithoutTone)
                    .toList();
            pinyin.put(place, Pattern.compile("\\b" + syllables.stream().map(Pattern::quote)
                    .collect(Collectors.joining("[\\s-]?")) + "\\b", Pattern.CASE_INSENSITIVE));
            String first = syllables.isEmpty() ? "" : syllables.get(0).toLowerCase(Locale.ROOT);
            byFirstSyllable.computeIfAbsent(first, s -> new ArrayList<>()).add(place);
            longestSyllable = Math.max(longestSyllable, first.length());
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
        for (String place : startedIn(folded, lower)) {
            if (folded.contains(chineseStems.get(place)) || pinyin.get(place).matcher(lower).find()) {
                named.add(place);
            }
        }
        return named;
    }

    /**
     * The places in the order written when they stand side by side in the question, joined by a conjunction (「沙坪坝和蔡甸」,
     * "Shapingba (2022) and Caidian (2023)", "Henan's plan set, and what did Zhengzhou's"), not one inside the other's
     * name ("the Henan (Zhengzhou) port", 「郑州市在河南省…中的任务」); empty otherwise.
     */
    List<String> joined(String question, Set<String> named) {
        String folded = Texts.fold(question);
        String lower = question.toLowerCase(Locale.ROOT);
        TreeMap<Integer, Mention> mentions = new TreeMap<>();
        boolean english = false;
        for (String place : named) {
            int at = folded.indexOf(chineseStems.get(place));
            if (at >= 0 && !english) {
                mentions.put(at, new Mention(place, at + chineseStems.get(place).length()));
                continue;
            }
            var m = pinyin.get(place).matcher(lower);
            if (!m.find() || (!mentions.isEmpty() && !english)) {
                return List.of();
            }
            english = true;
            mentions.put(m.start(), new Mention(place, m.end()));
        }
        String text = english ? lower : folded;
        Integer end = null;
        for (var mention : mentions.entrySet()) {
            int start = mention.getKey();
            if (end != null && (start < end || start - end > MAX_BETWEEN
                    || !JOINER.matcher(text.substring(end, start)).find())) {
                return List.of();
            }
            end = mention.getValue().end();
        }
        return mentions.values().stream().map(Mention::place).toList();
    }

    /** A place found in the question, and where its name ends. */
    private record Mention(String place, int end) {
    }

    /**
     * The places a question may name: a stem starting with one of its characters, or a pinyin whose first syllable
     * starts somewhere in it (every match of a place's pattern starts with that syllable).
     */
    private Set<String> startedIn(String folded, String lower) {
        Set<String> candidates = new HashSet<>();
        for (int i = 0; i < folded.length(); i++) {
            candidates.addAll(byFirstCharacter.getOrDefault(folded.charAt(i), List.of()));
        }
        candidates.addAll(byFirstSyllable.getOrDefault("", List.of()));
        for (int from = 0; from < lower.length(); from++) {
            for (int to = from + 1; to <= Math.min(lower.length(), from + longestSyllable); to++) {
                candidates.addAll(byFirstSyllable.getOrDefault(lower.substring(from, to), List.of()));
            }
        }
        return candidates;
    }
}
