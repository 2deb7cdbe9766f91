package org.policygraph.parse;

/** A source file that cannot be read as policy text (unreadable, empty, binary or in an unknown encoding). */
public class ParseException extends RuntimeException {
    public ParseException(String message) {
        super(message);
    }

    public ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
