package org.policygraph.extract.rendering;

import java.util.List;
import java.util.Map;
import org.policygraph.parse.RoleLexicon;
import org.policygraph.parse.RoleLexicon.Field;

/** The wordings of graph-import/roles.tsv, drawn in turn so that a rendering of many tasks uses every row. */
final class Synonyms {
    private static final Map<String, Field> LABELS = RoleLexicon.get().labels();

    private Synonyms() {
    }

    static List<String> of(Field field) {
        return LABELS.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).sorted().toList();
    }

    /** The {@code n}th wording of the field, round the list. */
    static String nth(Field field, int n) {
        List<String> all = of(field);
        return all.get(Math.floorMod(n, all.size()));
    }
}
