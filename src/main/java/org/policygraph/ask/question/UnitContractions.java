package org.policygraph.ask.question;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A party committee's body (市委政法委, 县委宣传部), not its general office, which every committee has. */
    private static final Pattern PARTY_BODY = Pattern.compile("^[省市区县]委((?!办公厅|办公室)\\p{IsHan}{3,})$");

    private UnitContractions() {
    }

    /** 政法委 for 市委政法委, 组织部 for 县委组织部: a party committee's body is named without its committee. */
    static Optional<String> withoutCommittee(String name) {
        Matcher body = PARTY_BODY.matcher(name);
        return body.matches() ? Optional.of(body.group(1)) : Optional.empty();
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
