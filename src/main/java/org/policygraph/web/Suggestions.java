package org.policygraph.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.graph.SuggestionSeed;

/** Turns subjects found in the graph into suggested questions, in Chinese and English, mixing the kinds. */
final class Suggestions {
    record Question(String kind, String zh, String en) {
    }

    private Suggestions() {
    }

    static List<Question> from(List<SuggestionSeed> seeds, int max) {
        Map<String, List<Question>> byKind = new LinkedHashMap<>();
        for (SuggestionSeed seed : seeds) {
            Question question = question(seed);
            if (question != null) {
                byKind.computeIfAbsent(seed.kind(), kind -> new ArrayList<>()).add(question);
            }
        }
        return interleave(byKind.values(), max);
    }

    private static Question question(SuggestionSeed seed) {
        String subject = seed.subject();
        if (subject == null || subject.isBlank()) {
            return null;
        }
        return switch (seed.kind()) {
            case "project" -> new Question("project", subject + "这项工作由哪个部门牵头？",
                    "Which department leads " + subject + "?");
            case "department" -> new Question("department", subject + "牵头负责哪些工作？",
                    "What work does " + subject + " lead?");
            case "target" -> seed.detail() == null
                    ? new Question("target", subject + "的目标是多少？", "What is the target for " + subject + "?")
                    : new Question("target", "到" + seed.detail() + "年" + subject + "的目标是多少？",
                    "What is the " + seed.detail() + " target for " + subject + "?");
            default -> null;
        };
    }

    private static List<Question> interleave(Iterable<List<Question>> groups, int max) {
        List<Iterator<Question>> iterators = new ArrayList<>();
        groups.forEach(group -> iterators.add(group.iterator()));
        List<Question> mixed = new ArrayList<>();
        boolean added = true;
        while (added && mixed.size() < max) {
            added = false;
            for (Iterator<Question> it : iterators) {
                if (it.hasNext() && mixed.size() < max) {
                    mixed.add(it.next());
                    added = true;
                }
            }
        }
        return mixed;
    }
}
