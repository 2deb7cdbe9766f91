package org.policygraph.ingest;

/**
 * A file that would cost more to read than its {@link ReadBudget} allows (too many paragraphs, pages, cells,
 * elements or characters, or too long to read): refused as too large (HTTP 413), and nothing of it is written.
 */
public final class FileTooCostlyException extends UnreadableFileException {
    FileTooCostlyException(String fileName, String what) {
        super(fileName, "too large to read (" + what + "); split it into smaller files", false, null);
    }
}
