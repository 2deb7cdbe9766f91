package org.policygraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Radical characters folded to the ideographs they stand for. Some PDF producers (browsers among them) map a glyph
 * shared by a radical and an ideograph to the radical, so 大 is extracted as ⼤ (U+2F24) and 食 as ⻝ (U+2EDD), and
 * 市⼈社局 would match no department. Kangxi radicals fold by NFKC; the CJK Radicals Supplement has no such mapping,
 * so its characters come from ingest/cjk-radicals.tsv.
 */
final class RadicalFolding {
    private static final Map<Character, Character> SUPPLEMENT = load();

    private RadicalFolding() {
    }

    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = c >= '\u2F00' && c <= '\u2FDF' ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC)
                    : c >= '\u2E80' && c <= '\u2EFF' && SUPPLEMENT.containsKey(c) ? String.valueOf(SUPPLEMENT.get(c)) : null;
            if (folded != null && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(folded == null ? String.valueOf(c) : folded);
            }
        }
        return out == null ? text : out.toString();
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> map = new HashMap<>();
        try (InputStream in = RadicalFolding.class.getClassLoader().getResourceAsStream("ingest/cjk-radicals.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split("\t");
                if (!line.startsWith("#") && parts.length == 2 && parts[0].length() == 1 && parts[1].length() == 1) {
                    map.put(parts[0].charAt(0), parts[1].charAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ingest/cjk-radicals.tsv", e);
        }
        return map;
    }
}
