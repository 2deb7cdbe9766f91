package org.policygraph.ask.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.policygraph.ask.question.Language;

/** The fixed phrases of answers in one language (src/main/resources/ask/wording-LANG.properties). */
final class Wording {
    private final Properties phrases = new Properties();
    private final Language language;

    Wording(Language language) {
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

    String listSeparator() {
        return language == Language.EN ? "; " : "、";
    }
}
