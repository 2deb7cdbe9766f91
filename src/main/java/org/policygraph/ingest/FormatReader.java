package org.policygraph.ingest;

/**
 * Reads one file format into the text the parser reads, line by line: one line per paragraph, a table as one
 * line per row with its cells separated by a TAB and a blank line before and after it. Throws
 * {@link UnreadableFileException} (naming the file and the reason) for content it cannot read.
 */
interface FormatReader {
    String read(String fileName, byte[] content);
}
