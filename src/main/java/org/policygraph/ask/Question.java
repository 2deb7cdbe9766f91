package org.policygraph.ask;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question as understood: what it asks (kinds), what it is about (weighted term groups), the departments and
 * documents it names (document boosts by docKey), the year it mentions, whether it continues the previous turn.
 */
record Question(String text, Language language, Set<Kind> kinds, List<TermGroup> terms, List<String> departments,
                Map<String, Double> documentBoosts, Integer year, boolean followUp) {

    boolean asks(Kind kind) {
        return kinds.contains(kind);
    }

    Question without(Kind... dropped) {
        Set<Kind> rest = kinds.isEmpty() ? java.util.EnumSet.noneOf(Kind.class) : java.util.EnumSet.copyOf(kinds);
        java.util.Arrays.asList(dropped).forEach(rest::remove);
        return new Question(text, language, rest, terms, departments, documentBoosts, year, followUp);
    }

    boolean english() {
        return language == Language.EN;
    }

    boolean namesDocument() {
        return documentBoosts.values().stream().anyMatch(b -> b >= DocumentHints.NUMBER_BOOST);
    }
}
