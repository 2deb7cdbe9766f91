package org.policygraph.web;

/** Who may upload documents (the admin token; null refuses every upload) and what imports them. */
public record Uploads(String adminToken, DocumentIntake intake) {
    public static Uploads disabled() {
        return new Uploads(null, (name, content, replace) -> {
            throw new IllegalStateException("Uploads are disabled");
        });
    }
}
