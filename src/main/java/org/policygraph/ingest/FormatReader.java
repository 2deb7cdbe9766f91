package org.policygraph.ingest;

/**
 * Reads one file format into the text the parser reads, line by line: one line per paragraph, a table as one
 * line per row with its cells separated by a TAB and a blank line before and after it. Throws
 * {@link UnreadableFileException} (naming the file and the reason) for content it cannot read, never with a
 * library's message in the reason (keep the library's exception as the cause, for the log). Counts what it reads
 * through the {@link ReadBudget} (a {@link TextLines} made with it counts paragraphs, cells and characters itself;
 * a zip-based format calls {@link ReadBudget#archive} before its library opens the bytes) and lets the budget's
 * {@link FileTooCostlyException} pass through.
 */
interface FormatReader {
    String read(String fileName, byte[] content, ReadBudget budget);
}
