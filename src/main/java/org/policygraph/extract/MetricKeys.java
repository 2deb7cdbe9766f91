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
 * Normalises a metric so that the same goal stated in several documents shares one key: scope words (全市, 我省),
 * time words and punctuation go, and synonyms from graph-import/metric-synonyms.tsv (郑欧班列 -> 中欧班列) fold.
 */
final class MetricKeys {
    private static final String RESOURCE = "graph-import/metric-synonyms.tsv";
    private static final Pattern NOISE = Pattern.compile(
            "[\\s\"“”‘’《》「」（）()、，,。；;：:]|\\d{4}年|全市|全省|我市|我省|郑州市|郑州|河南省|全年|年均|累计|力争|争取|确保|实现|完成|达到");
    private static final List<Map.Entry<String, String>> SYNONYMS = load();

    private MetricKeys() {
    }

    static String key(String metric) {
        String s = metric;
        for (Map.Entry<String, String> synonym : SYNONYMS) {
            s = s.replace(synonym.getKey(), synonym.getValue());
        }
        return NOISE.matcher(s).replaceAll("");
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
        out.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return out;
    }
}
