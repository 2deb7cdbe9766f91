package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The term groups of a Chinese question (or of Chinese written inside an English one): its words as segmented, each
 * widened to its synonyms, and the phrases the segmenter broke that the documents write whole; question words out.
 */
final class ChineseTerms {
    private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’「」《》<>()（）,，。？?！!、:：;；]");
    /** How-much words, taken out before segmenting: 「多大面积」 is otherwise cut 多/大面积. */
    private static final Pattern HOW_MUCH = Pattern.compile("多(?:少|大|高|长|久|快|远)");
    private final Glossary glossary;
    private final DepartmentNames departments;
    private final Segmenter segmenter;
    private final BrokenWords brokenWords;
    private final Set<String> stopwords;

    ChineseTerms(Glossary glossary, DepartmentNames departments, Segmenter segmenter, BrokenWords brokenWords,
                 Set<String> stopwords) {
        this.glossary = glossary;
        this.departments = departments;
        this.segmenter = segmenter;
        this.brokenWords = brokenWords;
        this.stopwords = stopwords;
    }

    /** {@code unitsAsked}: the units named are what is asked about, not search terms. */
    List<List<String>> read(String folded, boolean unitsAsked) {
        String text = HOW_MUCH.matcher(QUOTES.matcher(folded).replaceAll(" ")).replaceAll(" ");
        for (String surface : unitsAsked ? departments.surfacesIn(text) : List.<String>of()) {
            text = text.replace(surface, " ");
        }
        Set<List<String>> groups = new LinkedHashSet<>();
        List<String> words = segmenter.words(text);
        List<BrokenWords.Phrase> phrases = brokenWords.in(words);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).strip();
            int at = i;
            // a piece of a phrase the documents write whole is no term of its own (「郑那」 of 「引金入郑那块」)
            boolean absorbed = phrases.stream().anyMatch(p -> p.spans(at)) && brokenWords.broken(w);
            if (keep(w) && !absorbed) {
                groups.add(glossary.widen(w));
            }
        }
        phrases.forEach(phrase -> groups.add(glossary.widen(phrase.text())));
        groups.addAll(glossary.synonymGroupsIn(text));
        return new ArrayList<>(groups);
    }

    boolean keep(String word) {
        if (word.isEmpty() || stopwords.contains(word)) {
            return false;
        }
        boolean digits = word.chars().allMatch(Character::isDigit);
        return word.length() >= 2 || digits;
    }

}
