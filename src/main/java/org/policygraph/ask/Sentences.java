package org.policygraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Splits task text into sentences and picks those that best cover a question. */
final class Sentences {
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[。；;！!？?\\n])|(?=[一二三四五六七八九十]是)");

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String piece : BOUNDARY.split(text == null ? "" : text)) {
            String sentence = piece.strip();
            if (sentence.length() > 1) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Sentences of the text by how much of the question they cover, best first (stable for ties). */
    static List<Scored> ranked(String text, List<TermGroup> terms) {
        List<Scored> scored = new ArrayList<>();
        for (String sentence : split(text)) {
            scored.add(new Scored(sentence, TaskIndex.coverage(terms, Texts.fold(sentence))));
        }
        scored.sort(Comparator.comparingDouble(Scored::coverage).reversed());
        return scored;
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    record Scored(String sentence, double coverage) {
    }
}
