package org.policygraph.export;

import java.util.Locale;

/** The forms of the task division table: JSON lines for tools, CSV (UTF-8 with BOM) and XLSX for spreadsheets. */
public enum TableFormat {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv; charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    TableFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** jsonl, csv or xlsx, any case; anything else is refused with the forms there are. */
    public static TableFormat named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown table format '" + name + "': use jsonl, csv or xlsx", e);
        }
    }
}
