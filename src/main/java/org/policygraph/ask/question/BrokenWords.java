package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words the segmenter broke apart that the documents write whole: a coined slogan or an abbreviation
 * (「引金入郑」 read as 引/金/入/郑那) leaves single characters, or pieces no task uses, that the reader would drop.
 * A run of the question's words holding such a piece is kept as one term when some task contains it verbatim,
 * longest run first; a run never starts or ends on a question word (的, 那块, 多少).
 */
final class BrokenWords {
    private static final int MAX_WORDS = 5;
    private static final int MIN_CHARS = 3;
    private static final int MAX_CHARS = 8;
    private final TermStatistics index;
    private final Set<String> stopwords;

    BrokenWords(TermStatistics index, Set<String> stopwords) {
        this.index = index;
        this.stopwords = stopwords;
    }

    /** A phrase the documents use and the words {@code start..end} (inclusive) of the question it joins. */
    record Phrase(String text, int start, int end) {
        boolean spans(int word) {
            return word >= start && word <= end;
        }
    }

    /** The phrases the documents use that span a broken piece, left to right, not overlapping. */
    List<Phrase> in(List<String> words) {
        List<Phrase> found = new ArrayList<>();
        for (int start = 0; start < words.size(); ) {
            Phrase phrase = longestFrom(words, start);
            if (phrase != null) {
                found.add(phrase);
                start = phrase.end() + 1;
            } else {
                start++;
            }
        }
        return found;
    }

    /**
     * The longest phrase from word {@code start} that some task contains and that reaches into a broken piece; it
     * ends where a word ends, or inside a broken piece (「引金入郑」 of 引/金/入/郑那).
     */
    private Phrase longestFrom(List<String> words, int start) {
        if (!usable(words.get(start))) {
            return null;
        }
        StringBuilder run = new StringBuilder();
        List<Integer> wordOfChar = new ArrayList<>();
        for (int w = start; w < words.size() && w < start + MAX_WORDS && han(words.get(w)); w++) {
            String word = words.get(w).strip();
            run.append(word);
            for (int i = 0; i < word.length(); i++) {
                wordOfChar.add(w);
            }
        }
        for (int length = Math.min(MAX_CHARS, run.length()); length >= MIN_CHARS; length--) {
            int last = wordOfChar.get(length - 1);
            boolean wordEnds = length == run.length() || wordOfChar.get(length) != last;
            String lastWord = words.get(last).strip();
            if (last == start || !(wordEnds ? usable(lastWord) : broken(lastWord))) {
                continue;
            }
            String phrase = run.substring(0, length);
            boolean reachesBroken = words.subList(start, last + 1).stream().map(String::strip).anyMatch(this::broken);
            if (reachesBroken && used(phrase)) {
                return new Phrase(phrase, start, last);
            }
        }
        return null;
    }

    private boolean usable(String word) {
        return han(word) && !stopwords.contains(word.strip());
    }

    /** A single character, or a piece no task contains: what segmentation leaves of a word it does not know. */
    boolean broken(String word) {
        return word.length() == 1 || !used(word);
    }

    private boolean used(String phrase) {
        return !index.mostUsed(List.of(phrase), 1).isEmpty();
    }

    private static boolean han(String word) {
        return !word.isBlank() && word.strip().codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN);
    }
}
