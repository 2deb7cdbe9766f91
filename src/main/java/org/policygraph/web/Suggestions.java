package org.policygraph.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policygraph.graph.read.SuggestionSeed;

/** Turns subjects found in the graph into suggested questions, in Chinese and English, mixing the kinds. */
final class Suggestions {
    record Question(String kind, String zh, String en) {
    }

    /** A subject worth asking about: starts with a character or letter, no stray punctuation, not too long. */
    private static final Pattern READABLE =
            Pattern.compile("[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9()（）+·\\-]{2,23}");
    private static final Pattern ISSUING_NOTICE = Pattern.compile("(?:.*?关于)?(?:印发|转发|批转)(.+)的通知");

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
        if (subject == null || !"document".equals(seed.kind()) && !READABLE.matcher(subject).matches()) {
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
            case "document" -> documentQuestion(seed.subject());
            default -> null;
        };
    }

    /** 「关于印发X的通知」 asks about X, the plan itself; other titles are asked about as they stand. */
    private static Question documentQuestion(String title) {
        var plan = ISSUING_NOTICE.matcher(title);
        String name = plan.matches() ? plan.group(1) : title;
        if (name.length() > 30) {
            return null;
        }
        return new Question("document", "《" + name + "》的文号是多少？哪天印发的？",
                "What is the document number and issue date of 《" + name + "》?");
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
