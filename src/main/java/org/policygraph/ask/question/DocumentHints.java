package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    /** A compound of at least this many characters may have a word of at most {@link #INSERTED} set inside. */
    private static final int COMPOUND = 4;
    private static final int INSERTED = 8;
    private final List<DocumentSummary> documents;
    private final Map<String, String> foldedTitles = new HashMap<>();
    private final Map<String, DocNumber> numbers = new HashMap<>();
    private final boolean severalPlaces;
    private final Places places;
    private final TitleWords titleWords;
    /** The parts a question names apart (see {@link ScopesApart}). */
    final ScopesApart apart;

    public DocumentHints(List<DocumentSummary> documents) {
        this.documents = documents;
        for (DocumentSummary document : documents) {
            foldedTitles.put(document.key(), Texts.fold(document.title()));
            if (document.docNo() != null) {
                Matcher own = NUMBER.matcher(Texts.fold(document.docNo()));
                if (own.find()) {
                    numbers.put(document.key(), DocNumber.of(own));
                }
            }
        }
        severalPlaces = documents.stream().map(DocumentSummary::jurisdiction).distinct().count() > 1;
        places = new Places(documents.stream().map(DocumentSummary::jurisdiction).toList());
        titleWords = new TitleWords(foldedTitles.values());
        apart = new ScopesApart(documents, foldedTitles, places, titleWords);
    }

    /**
     * The documents a question is held to: those it names by number, else those of the places it names (when the
     * corpus holds several places) and those it names by title. Empty when it names neither number nor place.
     */
    Set<String> scope(Set<String> placesNamed, String foldedQuestion, List<TermGroup> terms, Integer year) {
        Set<String> numbered = namedByNumber(foldedQuestion);
        if (!numbered.isEmpty() || !severalPlaces || placesNamed.isEmpty()) {
            return numbered;
        }
        Set<String> scope = documents.stream().filter(d -> placesNamed.contains(d.jurisdiction()))
                .map(DocumentSummary::key).collect(Collectors.toSet());
        if (placesNamed.size() < 2) {
            // 「省里16年开放行动计划和郑州17年开放方案」: a document named by title beside the place named; a question
            // naming two places names by place each document it compares
            scope.addAll(DocumentScope.of(boosts(new HashSet<>(), foldedQuestion, terms, year)));
        }
        return scope;
    }

    /** The places of the documents that the question (as asked) names; none when the documents have one place. */
    Set<String> placesNamed(String rawQuestion) {
        return severalPlaces ? places.namedIn(rawQuestion) : Set.of();
    }

    /** placesNamed: {@link #placesNamed} of the question. */
    Map<String, Double> boosts(Set<String> placesNamed, String foldedQuestion, List<TermGroup> terms, Integer year) {
        Map<String, Double> boosts = new HashMap<>();
        boolean genre = GENRE.matcher(foldedQuestion).find();
        double titleWeight = genre ? 0.5 : 0.25;
        double total = terms.stream().mapToDouble(TermGroup::weight).sum();
        // copies of a plan share a title, each read once, and only the titles the terms start in
        Map<String, Double> byTitle = titleWords.found(terms);
        double best = byTitle.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Set<String> numbered = namedByNumber(foldedQuestion);
        Matcher genreMatch = ASKED_GENRE.matcher(foldedQuestion);
        String genreAsked = genreMatch.find() ? genreMatch.group(1) : null;
        for (DocumentSummary document : documents) {
            double found = byTitle.getOrDefault(foldedTitles.get(document.key()), 0.0);
            double share = best == 0 ? 0 : found / best;
            double boost = titleWeight * Math.min(1, found / TITLE_WEIGHT) * share * share
                    * Math.min(1, best / Math.max(total * 0.3, 1e-9));
            if (genre && year != null && document.issuedOn() != null && document.issuedOn().startsWith(year + "")) {
                boost += 0.05;
            }
            if (genre && foldedQuestion.contains("省") && document.issuer() != null && document.issuer().contains("省")) {
                boost += 0.1;
            }
            if (genreAsked != null && foldedTitles.get(document.key()).contains(genreAsked)) {
                boost += 0.1;
            }
            if (numbered.contains(document.key())) {
                boost += NUMBER_BOOST;
            }
            if (placesNamed.contains(document.jurisdiction())) {
                boost += PLACE_BOOST;
            }
            if (boost > 0) {
                boosts.put(document.key(), boost);
            }
        }
        return boosts;
    }

    /** The documents whose own number the question names (「44号文」 names every 44号 of the graph). */
    private Set<String> namedByNumber(String foldedQuestion) {
        List<DocNumber> asked = new ArrayList<>();
        for (Matcher m = NUMBER.matcher(foldedQuestion); m.find(); ) {
            asked.add(DocNumber.of(m));
        }
        return asked.isEmpty() ? new java.util.HashSet<>() : numbers.entrySet().stream()
                .filter(own -> asked.stream().anyMatch(a -> a.names(own.getValue())))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /**
     * The question without the numbers that name a document of the graph (「15号文」, 郑政文〔2017〕44号): they say
     * which document, never what about, so they are no search terms.
     */
    String withoutNumbers(String question) {
        Matcher m = NUMBER.matcher(question);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            DocNumber asked = DocNumber.of(m);
            if (numbers.values().stream().anyMatch(asked::names)) {
                int end = question.startsWith("文件", m.end()) ? m.end() + 2
                        : question.startsWith("文", m.end()) ? m.end() + 1 : m.end();
                out.append(question, from, m.start()).append(' ');
                from = end;
            }
        }
        return out.append(question.substring(from)).toString();
    }

    /** True when the term is the place (广州, 沙坪坝区) of one of the documents. */
    boolean namesPlace(java.util.Set<String> docKeys, TermGroup term) {
        return documents.stream().filter(d -> docKeys.contains(d.key()) && d.jurisdiction() != null)
                .anyMatch(d -> term.foundIn(Texts.fold(d.jurisdiction())));
    }

    /** True when the term is part of the title of one of the documents (it names the document, not the topic). */
    public boolean inTitle(java.util.Set<String> docKeys, TermGroup term) {
        return docKeys.stream().map(foldedTitles::get).anyMatch(t -> t != null && titleHolds(t, term));
    }

    /**
     * A title holds a term as written, or a compound term with a word set between its parts: 「信息化“十三五”发展规划」
     * holds 十三五规划, as people shorten a title (the parts: a head of at least two characters, the rest).
     */
    static boolean titleHolds(String title, TermGroup term) {
        if (term.foundIn(title)) {
            return true;
        }
        for (String form : term.forms()) {
            for (int cut = 2; form.length() >= COMPOUND && cut <= form.length() - 2; cut++) {
                int head = title.indexOf(form.substring(0, cut));
                int rest = head < 0 ? -1 : title.indexOf(form.substring(cut), head + cut);
                if (rest >= 0 && rest - (head + cut) <= INSERTED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A document number as written (郑政办〔2017〕24号): prefix, year and number, each possibly left out when asked. */
    private record DocNumber(String prefix, String year, String number) {
        static DocNumber of(Matcher m) {
            return new DocNumber(m.group(1), m.group(2), m.group(3));
        }

        /** True when this number, as asked, names the document's own number. */
        boolean names(DocNumber own) {
            boolean sameYear = year == null || year.equals(own.year);
            boolean samePrefix = prefix == null || year == null || own.prefix == null
                    || own.prefix.endsWith(prefix) || prefix.endsWith(own.prefix);
            return number.equals(own.number) && sameYear && samePrefix;
        }
    }
}
