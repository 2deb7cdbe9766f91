package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bilingual policy glossary (graph-import/glossary.tsv) and Chinese synonym groups (graph-import/synonyms.tsv):
 * turns English wording into the Chinese terms the documents use, and widens a Chinese term to its synonyms.
 */
public final class Glossary {
    /** firstWord: an entry can match only a text that has this word (its phrase's first), so others are not tried. */
    /**
     * capitals: the row is an acronym that lower-cased is a question word ("IT" / "it"), matched only as written in
     * capitals.
     */
    private record Entry(Pattern english, String englishText, List<String> chinese, String firstWord,
                         boolean capitals) {
        Entry(Pattern english, String englishText, List<String> chinese, boolean capitals) {
            this(english, englishText, chinese, firstWordOf(englishText), capitals);
        }

        private static String firstWordOf(String englishText) {
            String[] words = WORD_SPLIT.split(englishText);
            return words.length == 0 ? "" : words[0];
        }
    }

    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> QUESTION_WORDS = Set.copyOf(Texts.lines("graph-import/english-stopwords.txt"));

    private final List<Entry> entries = new ArrayList<>();
    private final List<List<String>> synonyms = new ArrayList<>();
    /** Each Chinese form's English, from the first row that lists it. */
    private final Map<String, String> englishOf = new HashMap<>();

    public Glossary() {
        for (String line : Texts.lines("graph-import/glossary.tsv")) {
            String[] columns = line.split("\t");
            if (columns.length == 2) {
                String english = columns[0].strip().toLowerCase(Locale.ROOT);
                boolean capitals = columns[0].strip().equals(english.toUpperCase(Locale.ROOT))
                        && isQuestionWord(english);
                // a row names the thing once; questions write it in the plural too ("China-Europe trains")
                Pattern pattern = Pattern.compile("(?<![a-zA-Z])"
                        + Pattern.quote(capitals ? columns[0].strip() : english).replace(" ", "\\E[\\s-]+\\Q")
                        + "(?:s|es)?(?![a-zA-Z])");
                entries.add(new Entry(pattern, english, folded(columns[1]), capitals));
                folded(columns[1]).forEach(form -> englishOf.putIfAbsent(form, columns[0].strip()));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.englishText().length()).reversed());
        for (String line : Texts.lines("graph-import/synonyms.tsv")) {
            synonyms.add(folded(line));
        }
    }

    /** The Chinese term groups an English text mentions, and the text left over (matched spans blanked). */
    record Reading(List<List<String>> terms, String rest) {
    }

    /** The Chinese term groups an English text mentions, longest phrases first, each span used once. */
    public List<List<String>> chineseTerms(String english) {
        return read(english).terms();
    }

    Reading read(String english) {
        StringBuilder text = new StringBuilder(english.toLowerCase(Locale.ROOT));
        // acronyms are matched in the text as written; blanked spans are blanked in both
        StringBuilder asWritten = new StringBuilder(english.length() == text.length() ? english : text);
        Set<String> words = new HashSet<>();
        for (String word : WORD_SPLIT.split(text)) {
            words.add(word);
            words.add(word.replaceFirst("e?s$", ""));
            words.add(word.replaceFirst("s$", ""));
        }
        List<List<String>> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.firstWord().isEmpty() && !words.contains(entry.firstWord())) {
                continue;
            }
            StringBuilder searched = entry.capitals() ? asWritten : text;
            Matcher matcher = entry.english().matcher(searched);
            while (matcher.find()) {
                if (questionWordInPlural(entry, matcher.group().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                found.add(entry.chinese());
                for (int i = matcher.start(); i < matcher.end(); i++) {
                    text.setCharAt(i, '#');
                    asWritten.setCharAt(i, '#');
                }
                matcher = entry.english().matcher(searched);
            }
        }
        return new Reading(found, text.toString().replace('#', ' '));
    }

    /**
     * A row matched through a plural ending that makes a question word: "who supports it" asks for a role, it does
     * not name the policy term "support" (支持/扶持); the singular, written as such, still names the term.
     */
    private static boolean questionWordInPlural(Entry entry, String matched) {
        if (matched.length() <= entry.englishText().length()) {
            return false;
        }
        String[] words = WORD_SPLIT.split(matched);
        return words.length > 0 && isQuestionWord(words[words.length - 1]);
    }

    /** An English word that frames a question (who, supports, plan…): never a term to look up. */
    static boolean isQuestionWord(String word) {
        return QUESTION_WORDS.contains(word);
    }

    /** The English of a Chinese term the glossary lists, as its row writes it. */
    public Optional<String> english(String chinese) {
        return Optional.ofNullable(englishOf.get(Texts.fold(chinese)));
    }

    /**
     * The term and its synonyms, the term first; a compound holding a synonym is widened by each of the others
     * (自贸区郑州片区 → 自由贸易试验区郑州片区), so it is found however the documents write its part.
     */
    List<String> widen(String foldedTerm) {
        List<String> forms = new ArrayList<>(List.of(foldedTerm));
        for (List<String> group : synonyms) {
            if (group.contains(foldedTerm)) {
                group.stream().filter(f -> !forms.contains(f)).forEach(forms::add);
            }
        }
        if (forms.size() == 1) {
            for (List<String> group : synonyms) {
                partIn(foldedTerm, group).ifPresent(part -> group.stream().filter(f -> !f.equals(part))
                        .map(f -> foldedTerm.replace(part, f)).filter(f -> !forms.contains(f)).forEach(forms::add));
            }
        }
        return forms;
    }

    /** The longest member of the group that is a proper part of the term (two characters at least). */
    private static Optional<String> partIn(String term, List<String> group) {
        return group.stream().filter(f -> f.length() >= 2 && f.length() < term.length() && term.contains(f))
                .max(Comparator.comparingInt(String::length));
    }

    /** Synonym groups having a member inside the text (for terms segmentation may split). */
    List<List<String>> synonymGroupsIn(String foldedText) {
        return synonyms.stream().filter(g -> g.stream().anyMatch(f -> f.length() >= 2 && foldedText.contains(f)))
                .toList();
    }

    public List<String> chineseVocabulary() {
        List<String> words = new ArrayList<>();
        entries.forEach(e -> words.addAll(e.chinese()));
        synonyms.forEach(words::addAll);
        return words;
    }

    private static List<String> folded(String alternatives) {
        List<String> forms = new ArrayList<>();
        for (String form : alternatives.split("\\|")) {
            String folded = Texts.fold(form);
            if (!folded.isEmpty()) {
                forms.add(folded);
            }
        }
        return forms;
    }
}
