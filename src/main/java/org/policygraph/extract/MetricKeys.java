package org.policygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises a metric so that the same goal stated in several documents shares one key: scope words (全市, 我省) and
 * the names of the dictionary's places,
 * time words and punctuation go, and synonyms from graph-import/metric-synonyms.tsv (郑欧班列 -> 中欧班列) fold.
 */
final class MetricKeys {
    private static final String RESOURCE = "graph-import/metric-synonyms.tsv";
    private static final Pattern NOISE = Pattern.compile(
            "[\\s\"“”‘’《》「」（）()、，,。；;：:]|\\d{4}年|在上年[^增长]*基础上|同比|全市|全省|我市|我省|全年|年均|累计|力争|争取|确保|实现|完成|达到");
    private static final Pattern TIME_WORDS = Pattern.compile("\\d{4}年|全年|年均|每年|今年");
    private static final List<Map.Entry<String, String>> SYNONYMS = load();
    /** The places of the department dictionary's profile (its #@ lines), with and without the level word. */
    private static final Pattern PLACES = places();

    private MetricKeys() {
    }

    static String key(String metric) {
        String s = TIME_WORDS.matcher(metric).replaceAll("");
        for (Map.Entry<String, String> synonym : SYNONYMS) {
            s = replaceOutside(s, synonym.getKey(), synonym.getValue());
        }
        s = NOISE.matcher(s).replaceAll("");
        return PLACES == null ? s : PLACES.matcher(s).replaceAll("");
    }

    private static Pattern places() {
        InputStream in = MetricKeys.class.getClassLoader().getResourceAsStream("graph-import/departments.tsv");
        if (in == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> l.startsWith("#@") && l.contains("\t")).map(l -> l.split("\t")[1].trim())
                    .forEach(place -> {
                        names.add(Pattern.quote(place));
                        names.add(Pattern.quote(place.substring(0, place.length() - 1)));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dictionary's places", e);
        }
        return names.isEmpty() ? null : Pattern.compile(String.join("|", names));
    }

    /**
     * The key of a metric that is only a verb (「实现全年开行300班」) takes the subject named earlier in its sentence
     * when that subject is a known entity (「发挥中欧班列（郑州）品牌效应，」 -> 中欧班列开行).
     */
    static String key(String metric, String sentenceBefore) {
        String key = key(metric);
        if (key.length() > 3) {
            return key;
        }
        String subject = null;
        int at = -1;
        for (Map.Entry<String, String> synonym : SYNONYMS) {
            for (String spelling : List.of(synonym.getKey(), synonym.getValue())) {
                int found = sentenceBefore.lastIndexOf(spelling);
                if (found > at && spelling.length() > 2 && !key.contains(synonym.getValue())) {
                    at = found;
                    subject = synonym.getValue();
                }
            }
        }
        return subject == null ? key : key(subject + key);
    }

    /** Replaces alias by canonical, except where the alias is already part of the canonical form (班列开行 in 中欧班列开行). */
    private static String replaceOutside(String s, String alias, String canonical) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = s.indexOf(alias); i >= 0; i = s.indexOf(alias, i + alias.length())) {
            if (!insideCanonical(s, i, alias.length(), canonical)) {
                out.append(s, from, i).append(canonical);
                from = i + alias.length();
            }
        }
        return out.append(s.substring(from)).toString();
    }

    private static boolean insideCanonical(String s, int at, int length, String canonical) {
        for (int j = s.indexOf(canonical); j >= 0 && j <= at; j = s.indexOf(canonical, j + 1)) {
            if (at + length <= j + canonical.length()) {
                return true;
            }
        }
        return false;
    }

    private static List<Map.Entry<String, String>> load() {
        InputStream in = MetricKeys.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return List.of();
        }
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] c = line.split("\t");
                for (String alias : c[1].split("\\|")) {
                    out.add(Map.entry(alias.trim(), c[0].trim()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return out;
    }
}
