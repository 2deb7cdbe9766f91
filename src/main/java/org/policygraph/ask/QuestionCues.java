package org.policygraph.ask;

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

    Set<Kind> kinds(String question) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Cue cue : cues) {
            if (cue.pattern().matcher(question).find()) {
                kinds.add(cue.kind());
            }
        }
        return kinds;
    }
}
