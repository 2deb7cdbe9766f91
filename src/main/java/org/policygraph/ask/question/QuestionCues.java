package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises what a question asks from the cue patterns in graph-import/question-cues.tsv. */
final class QuestionCues {
    private record Cue(Kind kind, Pattern pattern) {
    }

    private final List<Cue> cues = new ArrayList<>();

    QuestionCues() {
        for (String line : Texts.lines("graph-import/question-cues.tsv")) {
            String[] columns = line.split("\t", 2);
            cues.add(new Cue(Kind.valueOf(columns[0].strip()),
                    Pattern.compile(columns[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
    }

    /** The question without its document cues (「文号多少」, "when was it issued"): they name no topic. */
    String withoutDocumentCues(String question) {
        String rest = question;
        for (Cue cue : cues) {
            if (cue.kind() == Kind.DOCUMENT) {
                rest = cue.pattern().matcher(rest).replaceAll(" ");
            }
        }
        return rest;
    }

    /** Document cues first, taken out of the question; then the other kinds on what is left. */
    Set<Kind> kinds(String question) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        String rest = question;
        for (Cue cue : cues) {
            if (cue.kind() == Kind.DOCUMENT && cue.pattern().matcher(rest).find()) {
                kinds.add(Kind.DOCUMENT);
                rest = cue.pattern().matcher(rest).replaceAll(" ");
            }
        }
        for (Cue cue : cues) {
            // 「按哪个意见办理」 names a document type, which the document cues take out; 「讲的是什么」 asks the gist and
            // which document at once
            String read = cue.kind() == Kind.CITED || cue.kind() == Kind.GIST ? question : rest;
            if (cue.kind() != Kind.DOCUMENT && cue.pattern().matcher(read).find()) {
                kinds.add(cue.kind());
            }
        }
        return kinds;
    }

    /** Units counted: the count is of the task's units in the role asked (every role when none is), not a figure. */
    static void unitsCounted(Set<Kind> kinds) {
        if (kinds.contains(Kind.UNITS_COUNTED)) {
            kinds.remove(Kind.VALUE);
            if (!kinds.contains(Kind.LEAD) && !kinds.contains(Kind.SUPPORT)) {
                kinds.add(Kind.LEAD);
                kinds.add(Kind.SUPPORT);
            }
        }
    }

    /** Named things asked with no unit named: a role word says how they are treated, not who treats them. */
    static void itemsAsked(Set<Kind> kinds, List<String> named) {
        if (kinds.remove(Kind.ITEMS) && named.isEmpty()) {
            kinds.remove(Kind.LEAD);
            kinds.remove(Kind.SUPPORT);
            kinds.add(Kind.PROJECT);
        }
    }
}
