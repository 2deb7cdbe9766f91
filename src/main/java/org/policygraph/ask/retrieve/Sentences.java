package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.ask.question.TermGroup;
import org.policygraph.ask.question.Texts;

/** Splits task text into sentences and picks those that best cover a question. */
public final class Sentences {
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[。；;！!？?\\n])|(?=[一二三四五六七八九十]是)");

    private Sentences() {
    }

    public static List<String> split(String text) {
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
    public static List<Scored> ranked(String text, List<TermGroup> terms) {
        List<Scored> scored = new ArrayList<>();
        for (String sentence : split(text)) {
            scored.add(new Scored(sentence, TaskIndex.coverage(terms, Texts.fold(sentence))));
        }
        scored.sort(Comparator.comparingDouble(Scored::coverage).reversed());
        return scored;
    }

    /**
     * The task's text, led by its own heading when that heading is a sentence of its own (outlines often put the
     * substance of an item in its heading: 「严格实施“五职招商责任制”，…」).
     */
    public static String textOf(org.policygraph.graph.read.TaskFacts task) {
        String heading = task.sectionHeading() == null ? "" : task.sectionHeading();
        String last = heading.substring(heading.lastIndexOf('>') + 1).strip();
        String text = task.text() == null ? "" : task.text();
        return last.length() > 12 && !text.contains(last) ? last + "。" + text : text;
    }

    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    public record Scored(String sentence, double coverage) {
    }
}
