package org.policygraph.web;

import java.util.Map;
import org.policygraph.ingest.UnreadableFileException;

/**
 * Imports one uploaded file (.txt .md .html .htm .docx .pdf) into the graph and says what changed, as JSON-ready
 * data. Throws {@link UnreadableFileException} when the file cannot be read (415 for a format not read, 400 for a
 * broken or empty file or one without text); nothing is written then.
 */
@FunctionalInterface
public interface DocumentIntake {
    Map<String, Object> add(String fileName, byte[] content);
}
