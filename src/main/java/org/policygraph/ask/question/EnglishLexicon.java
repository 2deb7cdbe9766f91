package org.policygraph.ask.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.policygraph.graph.BackgroundValue;

/**
 * English words to the Chinese words whose dictionary sense they are, from CC-CEDICT (graph-import/cedict_ts.u8.gz,
 * CC BY-SA 4.0): "donations" → 捐款, 善款, 捐助…; "psychiatric rehabilitation" is looked up as a phrase first. It is the
 * fallback for English words the policy glossary does not hold; the caller keeps the words its corpus uses.
 */
final class EnglishLexicon {
    private static final String RESOURCE = "graph-import/cedict_ts.u8.gz";
    private static final Pattern ENTRY = Pattern.compile("^\\S+ (\\S+) \\[[^]]*] /(.*)/$");
    private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}{2,8}");
    private static final Pattern NOISE = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\bsth\\b|\\bsb\\b|\\bone's\\b|[,;.!?\"]");
    private static final Pattern LEADING = Pattern.compile("^(to|a|an|the) ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_SENSE_WORDS = 4;
    private static final Pattern ENGLISH_WORD = Pattern.compile("[^a-z']+");
    private static final int DICTIONARY_FORMS = 3;
    private final Map<String, List<String>> chineseBySense = new HashMap<>();

    private EnglishLexicon(InputStream gzipped) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                var entry = ENTRY.matcher(line);
                if (line.startsWith("#") || !entry.matches() || !HAN_WORD.matcher(entry.group(1)).matches()) {
                    continue;
                }
                for (String sense : entry.group(2).split("/")) {
                    String key = sense.startsWith("CL:") ? "" : normalised(sense);
                    if (!key.isEmpty() && key.split(" ").length <= MAX_SENSE_WORDS) {
                        chineseBySense.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry.group(1));
                    }
                }
            }
        }
    }

    private static final BackgroundValue<EnglishLexicon> SHARED = new BackgroundValue<>("english-lexicon",
            EnglishLexicon::load);

    /**
     * Starts reading the dictionary (about a second and a half) on a thread of its own, once per process, so that
     * start-up does not wait for it; {@link #shared} waits only if an English question comes first.
     */
    static void loadInBackground() {
        SHARED.start();
    }

    /** The dictionary, read once per process. */
    static EnglishLexicon shared() {
        return SHARED.join();
    }

    private static EnglishLexicon load() {
        try (InputStream in = EnglishLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new EnglishLexicon(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * English words the glossary does not hold ({@code rest}), looked up longest phrase first; each becomes the group
     * of its Chinese words that the documents use, most used first ({@code index}).
     */
    List<List<String>> terms(String rest, TermStatistics index) {
        List<String> words = new ArrayList<>();
        for (String word : ENGLISH_WORD.split(rest.replaceAll("[\\p{IsHan}]+", " "))) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            for (int n = Math.min(3, words.size() - i); n >= 1 && taken == 0; n--) {
                List<String> phrase = words.subList(i, i + n);
                if (Glossary.isQuestionWord(phrase.get(0)) || Glossary.isQuestionWord(phrase.get(n - 1))) {
                    continue;
                }
                List<String> used = index.mostUsed(chinese(String.join(" ", phrase)), DICTIONARY_FORMS);
                if (!used.isEmpty()) {
                    groups.add(used);
                    taken = n;
                }
            }
            i += Math.max(1, taken);
        }
        return groups;
    }

    /** Chinese words with this English sense, trying the word's plain forms too (donations → donation). */
    List<String> chinese(String english) {
        Set<String> found = new LinkedHashSet<>();
        for (String form : forms(normalised(english))) {
            found.addAll(chineseBySense.getOrDefault(form, List.of()));
        }
        return new ArrayList<>(found);
    }

    /** The phrase as written, then with its last word's plural or verb ending taken off (donations → donate). */
    private static List<String> forms(String phrase) {
        List<String> forms = new ArrayList<>(List.of(phrase));
        int space = phrase.lastIndexOf(' ');
        String head = phrase.substring(0, space + 1);
        String last = phrase.substring(space + 1);
        for (String[] ending : new String[][] {{"ies", "y"}, {"es", ""}, {"s", ""}, {"ing", ""}, {"ing", "e"},
                {"ed", ""}, {"ed", "e"}, {"'s", ""}, {"ations", "ate"}, {"ation", "ate"}}) {
            if (last.length() > ending[0].length() + 2 && last.endsWith(ending[0])) {
                forms.add(head + last.substring(0, last.length() - ending[0].length()) + ending[1]);
            }
        }
        return forms;
    }

    private static String normalised(String sense) {
        String text = SPACES.matcher(NOISE.matcher(sense.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        return LEADING.matcher(text).replaceFirst("");
    }
}
