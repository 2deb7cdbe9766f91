package org.policygraph.ask.question;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unit's task list asked by the question's shape: the unit is the subject, a role verb follows it and a plural
 * or list word follows the verb (「633人才工程里教育局牵头哪几个项目」, "which projects does the Education Bureau
 * lead"); 「哪个单位牵头」 names no unit before the verb and stays a lead question. The shapes are the patterns of
 * graph-import/unit-task-shapes.tsv, written over the question with each unit name it holds replaced by {@link #UNIT}.
 */
final class UnitTaskShapes {
    static final String UNIT = "§";

    private record Shape(boolean lead, Pattern pattern) {
    }

    private final List<Shape> shapes = Texts.lines("graph-import/unit-task-shapes.tsv").stream()
            .map(line -> line.split("\t", 2))
            .map(c -> new Shape(c[0].strip().equals("LEAD"), Pattern.compile(c[1].strip(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))).toList();

    /**
     * {@code folded}: the folded question with its units marked; {@code english}: the question as written, marked.
     * The kinds the shape asks (a unit's tasks, and only those it leads for a lead verb); empty when no shape fits.
     */
    Optional<List<Kind>> kinds(String folded, String english) {
        return shapes.stream().filter(s -> s.pattern().matcher(folded).find() || s.pattern().matcher(english).find())
                .findFirst().map(s -> s.lead() ? List.of(Kind.DEPT_TASKS, Kind.LEAD) : List.of(Kind.DEPT_TASKS));
    }
}
