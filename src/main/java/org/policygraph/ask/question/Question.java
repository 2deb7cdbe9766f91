package org.policygraph.ask.question;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question as understood: what it asks (kinds), what it is about (weighted term groups), the departments and
 * documents it names (document boosts by docKey), the documents it is held to (scope: named by number or place;
 * empty = all), the year it mentions, whether it continues the previous turn.
 */
public record Question(String text, Language language, Set<Kind> kinds, List<TermGroup> terms, List<String> departments,
                Map<String, Double> documentBoosts, Set<String> scope, Integer year, boolean followUp) {

    public boolean asks(Kind kind) {
        return kinds.contains(kind);
    }

    public Question without(Kind... dropped) {
        Set<Kind> rest = kinds.isEmpty() ? java.util.EnumSet.noneOf(Kind.class) : java.util.EnumSet.copyOf(kinds);
        java.util.Arrays.asList(dropped).forEach(rest::remove);
        return new Question(text, language, rest, terms, departments, documentBoosts, scope, year, followUp);
    }

    /**
     * The same question with the documents it names set aside, held only to the place it names: where a later
     * document may report what the named plan set.
     */
    public Question elsewhere() {
        return new Question(text, language, kinds, terms, departments, Map.of(), namesDocument() ? Set.of() : scope,
                year, followUp);
    }

    /** The same question held to these documents only, as one of several parts; no longer a comparison. */
    public Question heldTo(Set<String> documents) {
        Map<String, Double> boosts = new java.util.HashMap<>(documentBoosts);
        boosts.keySet().retainAll(documents);
        return new Question(text, language, without(Kind.CROSS_DOC).kinds(), terms, departments, boosts, documents,
                year, followUp);
    }

    /** True when the task's document is within what the question is held to. */
    public boolean inScope(String docKey) {
        return scope.isEmpty() || scope.contains(docKey);
    }

    /** A lead, supporting unit, deadline or figure is asked: a fact of a task, not only its document. */
    public boolean asksFact() {
        return asks(Kind.LEAD) || asks(Kind.SUPPORT) || asks(Kind.DEADLINE) || asks(Kind.VALUE);
    }

    public boolean english() {
        return language == Language.EN;
    }

    /** The question names a document by its number (蔡政办〔2023〕1号, 「44号文」). */
    public boolean namesDocument() {
        // the scope of a number holds only the documents it names; a place's scope holds every document there
        return !scope.isEmpty() && scope.stream()
                .allMatch(d -> documentBoosts.getOrDefault(d, 0.0) >= DocumentHints.NUMBER_BOOST);
    }
}
