package org.policygraph.parse;

/**
 * One line of a source file: its 1-based {@code number}, the {@code raw} text as decoded and the cleaned
 * {@code text} ("" for blank lines and page markers). {@code standalone} marks a line that must not be joined
 * with the next one (a markdown heading, or a line truncated in the source).
 */
record SourceLine(int number, String raw, String text, boolean standalone) {
    boolean isBlank() {
        return text.isEmpty();
    }
}
