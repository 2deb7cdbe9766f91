package org.policygraph.ask.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policygraph.graph.read.DocumentSummary;

/**
 * The parts a question names apart, each answered on its own: two or more places side by side
 * (「沙坪坝22年和蔡甸23年的GDP目标」), or two or three plans named by title when a lead, date or figure is asked of
 * each (「科技创新那份和人才集聚那份各写的是谁牵头」).
 */
final class ScopesApart {
    /** A title holding this share of the best title's characters is named beside it. */
    private static final double TITLE_APART = 0.6;
    private static final int MAX_TITLES_APART = 3;
    private static final int MIN_TITLE_CHARACTERS = 4;
    private final List<DocumentSummary> documents;
    private final Map<String, String> foldedTitles;
    private final Places places;
    private final TitleWords titleWords;

    ScopesApart(List<DocumentSummary> documents, Map<String, String> foldedTitles, Places places,
                TitleWords titleWords) {
        this.documents = documents;
        this.foldedTitles = foldedTitles;
        this.places = places;
        this.titleWords = titleWords;
    }

    /** The question held to each part it names apart, in the order asked; empty when it names none. */
    List<Question> parts(Question whole, Set<String> placesNamed) {
        if (whole.asks(Kind.RESULT) || whole.followUp() || whole.namesDocument()) {
            return List.of();
        }
        List<Set<String>> scopes = ofPlaces(whole.text(), placesNamed);
        if (scopes.size() < 2 && whole.asks(Kind.CROSS_DOC) && whole.asksFact()) {
            scopes = ofTitles(whole.terms()).stream().map(docs -> docs.stream().filter(whole::inScope)
                    .collect(Collectors.toSet())).filter(docs -> !docs.isEmpty()).toList();
        }
        return scopes.size() < 2 ? List.of() : scopes.stream().map(whole::heldTo).toList();
    }

    /** The documents of each place named side by side (see {@link Places#joined}), one set per place. */
    private List<Set<String>> ofPlaces(String rawQuestion, Set<String> named) {
        List<String> joined = named.size() < 2 ? List.of() : places.joined(rawQuestion, named);
        return joined.size() < 2 ? List.of() : joined.stream().map(place -> documents.stream()
                .filter(d -> place.equals(d.jurisdiction())).map(DocumentSummary::key).collect(Collectors.toSet()))
                .filter(docs -> !docs.isEmpty()).toList();
    }

    /**
     * The documents of each title named apart: two or three titles holding nearly as many of the question's
     * characters as the best one, each with its documents (copies share a title).
     */
    List<Set<String>> ofTitles(List<TermGroup> terms) {
        // characters, not rarity: a title's words are weighed down as topic words once that title is the one named
        // best, and the other title named must not lose for it
        Map<String, Integer> byTitle = new HashMap<>();
        titleWords.found(terms).keySet().forEach(title -> byTitle.put(title, charactersFound(terms, title)));
        int best = byTitle.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> titles = byTitle.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_TITLE_CHARACTERS && e.getValue() >= TITLE_APART * best)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        if (titles.size() < 2 || titles.size() > MAX_TITLES_APART) {
            return List.of();
        }
        return titles.stream().map(title -> documents.stream().filter(d -> title.equals(foldedTitles.get(d.key())))
                .map(DocumentSummary::key).collect(Collectors.toSet())).filter(docs -> !docs.isEmpty()).toList();
    }

    private static int charactersFound(List<TermGroup> terms, String title) {
        return terms.stream().filter(t -> t.display().length() >= 2)
                .mapToInt(t -> t.forms().stream().filter(title::contains).mapToInt(String::length).max().orElse(0))
                .sum();
    }
}
