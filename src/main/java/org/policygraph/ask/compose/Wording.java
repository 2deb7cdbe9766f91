package org.policygraph.ask.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import org.policygraph.ask.question.Language;

/** The fixed phrases of answers in one language (src/main/resources/ask/wording-LANG.properties). */
final class Wording {
    private static final Map<Language, Wording> BY_LANGUAGE = new EnumMap<>(Language.class);
    private final Properties phrases = new Properties();
    private final Language language;

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Wording(language));
        }
    }

    /** The phrases of one language, read once. */
    static Wording of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    private Wording(Language language) {
        this.language = language;
        String resource = "ask/wording-" + language.name().toLowerCase() + ".properties";
        try (InputStream in = Wording.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            phrases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    Language language() {
        return language;
    }

    String say(String key, Object... values) {
        String phrase = phrases.getProperty(key);
        if (phrase == null) {
            throw new IllegalStateException("No phrase " + key + " for " + language);
        }
        for (int i = 0; i < values.length; i++) {
            phrase = phrase.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return phrase;
    }

    /**
     * A count as an answer states it: in English a small count is spelled out before its digits ("five (5)"), as
     * English prose writes numbers under twenty-one; in Chinese the digits alone.
     */
    String count(int n) {
        String[] words = phrases.getProperty("count.words", "").split(",");
        return n >= 0 && n < words.length && !words[n].isBlank() ? words[n] + " (" + n + ")" : String.valueOf(n);
    }

    String listSeparator() {
        return language == Language.EN ? "; " : "、";
    }
}
