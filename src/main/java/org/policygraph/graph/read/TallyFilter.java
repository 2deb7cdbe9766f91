package org.policygraph.graph.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tasks a count, ranking or due list takes: documents (keys; null: all), units (department names; null: any)
 * with the roles that tie them (LEADS, SUPPORTS), a completion deadline in [from, to] (ISO; to null: any deadline or
 * none; from null: open), dated 'with', 'without' or 'any' deadline; byDueDate orders a list by its due dates.
 */
public record TallyFilter(List<String> documents, List<String> units, List<String> roles, String from, String to,
                          String dated, boolean byDueDate) {

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("documents", documents);
        parameters.put("units", units);
        parameters.put("roles", roles);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("dated", dated);
        parameters.put("byDueDate", byDueDate);
        return parameters;
    }
}
