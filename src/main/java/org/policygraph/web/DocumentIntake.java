package org.policygraph.web;

import org.policygraph.ingest.DocumentHeldException;
import org.policygraph.ingest.UnreadableFileException;
import org.policygraph.ingest.UploadReceipt;

/**
 * Imports one uploaded file (.txt .md .html .htm .docx .doc .wps .pdf .xlsx .xls .et .csv .ofd, and by OCR scanned .pdf and .png .jpg .jpeg) into the graph and
 * says what changed. Throws
 * {@link UnreadableFileException} when the file cannot be read (415 for a format not read, 400 for a broken or empty
 * file, one without text or that reads as no policy document) and {@link DocumentHeldException} (409) when documents
 * in it are held by other sources and {@code replace} is false; nothing is written then.
 */
@FunctionalInterface
public interface DocumentIntake {
    UploadReceipt add(String fileName, byte[] content, boolean replace);
}
