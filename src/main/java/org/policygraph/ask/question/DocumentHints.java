package org.policygraph.ask.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.graph.read.DocumentSummary;

/**
 * Which documents a question points at: by number (「44号文」, 郑政办〔2017〕24号) or by words of the title
 * (「服务业那个方案」, "the food industry plan"), plus the year, issuer level and place (jurisdiction) it names.
 */
public final class DocumentHints {
    static final double NUMBER_BOOST = 1.0;
    private static final double TITLE_WEIGHT = 6.0;
    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,4})?[〔\\[(【]?(\\d{4})?[〕\\])】]?第?(\\d{1,4})号");
    private static final Pattern ASKED_GENRE = Pattern.compile("(?:哪个|哪份|哪一个|什么)(规划|方案|意见|计划|通知|办法|专案|决定)");
    private static final Pattern GENRE = Pattern.compile(
            "方案|规划|意见|计划|通知|办法|文件|决定|专案|纲要|细则|文|plan|opinion|document|notice|scheme|rules|measures");
    /** A question that names a place (广州, 沙坪坝区) is about that place's documents. */
    static final double PLACE_BOOST = 0.5;
    private final List<DocumentSummary> documents;
    private final Map<String, String> foldedTitles = new HashMap<>();
    private final boolean severalPlaces;
    private final Places places;

    public DocumentHints(List<DocumentSummary> documents) {
        this.documents = documents;
        for (DocumentSummary document : documents) {
            foldedTitles.put(document.key(), Texts.fold(document.title()));
        }
        severalPlaces = documents.stream().map(DocumentSummary::jurisdiction).distinct().count() > 1;
        places = new Places(documents.stream().map(DocumentSummary::jurisdiction).toList());
    }

    /**
     * The documents a question is held to: those it names by number, else those of the places it names (when the
     * corpus holds several places). Empty when it names neither.
     */
    Set<String> scope(String rawQuestion, Map<String, Double> boosts) {
        Set<String> numbered = boosts.entrySet().stream().filter(e -> e.getValue() >= NUMBER_BOOST)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        if (!numbered.isEmpty() || !severalPlaces) {
            return numbered;
        }
        return documents.stream().filter(d -> places.named(rawQuestion, d.jurisdiction())).map(DocumentSummary::key)
                .collect(Collectors.toSet());
    }

    Map<String, Double> boosts(String rawQuestion, String foldedQuestion, List<TermGroup> terms, Integer year) {
        Map<String, Double> boosts = new HashMap<>();
        boolean genre = GENRE.matcher(foldedQuestion).find();
        double titleWeight = genre ? 0.5 : 0.25;
        double total = terms.stream().mapToDouble(TermGroup::weight).sum();
        Map<String, Double> found = new HashMap<>();
        documents.forEach(d -> found.put(d.key(), foundWeight(terms, foldedTitles.get(d.key()))));
        double best = found.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (DocumentSummary document : documents) {
            double share = best == 0 ? 0 : found.get(document.key()) / best;
            double boost = titleWeight * Math.min(1, found.get(document.key()) / TITLE_WEIGHT) * share * share
                    * Math.min(1, best / Math.max(total * 0.3, 1e-9));
            if (genre && year != null && document.issuedOn() != null && document.issuedOn().startsWith(year + "")) {
                boost += 0.05;
            }
            if (genre && foldedQuestion.contains("省") && document.issuer() != null && document.issuer().contains("省")) {
                boost += 0.1;
            }
            if (askedGenre(foldedQuestion, foldedTitles.get(document.key()))) {
                boost += 0.1;
            }
            if (numbered(foldedQuestion, document)) {
                boost += NUMBER_BOOST;
            }
            if (severalPlaces && places.named(rawQuestion, document.jurisdiction())) {
                boost += PLACE_BOOST;
            }
            if (boost > 0) {
                boosts.put(document.key(), boost);
            }
        }
        return boosts;
    }

    /** True when the term is the place (广州, 沙坪坝区) of one of the documents. */
    boolean namesPlace(java.util.Set<String> docKeys, TermGroup term) {
        return documents.stream().filter(d -> docKeys.contains(d.key()) && d.jurisdiction() != null)
                .anyMatch(d -> term.foundIn(Texts.fold(d.jurisdiction())));
    }

    /** True when the term is part of the title of one of the documents (it names the document, not the topic). */
    public boolean inTitle(java.util.Set<String> docKeys, TermGroup term) {
        return docKeys.stream().map(foldedTitles::get).anyMatch(t -> t != null && term.foundIn(t));
    }

    /** 「出自哪个规划」: the kind of document asked for is in the title. */
    private static boolean askedGenre(String foldedQuestion, String title) {
        Matcher matcher = ASKED_GENRE.matcher(foldedQuestion);
        return matcher.find() && title.contains(matcher.group(1));
    }

    /** The weight of the question's terms found in a title. */
    private static double foundWeight(List<TermGroup> terms, String title) {
        double found = 0;
        for (TermGroup term : terms) {
            if (term.display().length() >= 2 && term.foundIn(title)) {
                found += term.weight();
            }
        }
        return found;
    }

    private static boolean numbered(String foldedQuestion, DocumentSummary document) {
        if (document.docNo() == null) {
            return false;
        }
        Matcher own = NUMBER.matcher(Texts.fold(document.docNo()));
        if (!own.find()) {
            return false;
        }
        Matcher asked = NUMBER.matcher(foldedQuestion);
        while (asked.find()) {
            boolean sameNumber = asked.group(3).equals(own.group(3));
            boolean sameYear = asked.group(2) == null || asked.group(2).equals(own.group(2));
            boolean samePrefix = asked.group(1) == null || asked.group(2) == null
                    || own.group(1) == null || own.group(1).endsWith(asked.group(1)) || asked.group(1).endsWith(own.group(1));
            if (sameNumber && sameYear && samePrefix) {
                return true;
            }
        }
        return false;
    }
}
