package org.policygraph.graph.read;

/** A department tied to a task: basis is "explicit" or "first-listed" for a lead, "listed" for a supporter. */
public record Assignment(String name, String nameEn, String basis, String quote) {
    public boolean explicit() {
        return "explicit".equals(basis);
    }
}
