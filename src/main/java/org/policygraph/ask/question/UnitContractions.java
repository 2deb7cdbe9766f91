package org.policygraph.ask.question;

import java.util.List;

/**
 * How a government body's name is shortened (graph-import/unit-contractions.tsv): 区发展和改革局 is 区发改局,
 * 市人力资源和社会保障局 is 市人社局. A plan writes a unit in full where a question names it short, or the
 * other way round.
 */
final class UnitContractions {
    private record Row(String full, String shortForm) {
    }

    private static final List<Row> ROWS = Texts.lines("graph-import/unit-contractions.tsv").stream()
            .map(line -> line.split("\t", 2)).map(c -> new Row(c[0].strip(), c[1].strip())).toList();

    private UnitContractions() {
    }

    /** The name with every full wording shortened; the name itself when none is there. */
    static String shortened(String name) {
        String result = name;
        for (Row row : ROWS) {
            if (result.contains(row.full())) {
                result = result.replace(row.full(), row.shortForm());
            }
        }
        return result;
    }
}
