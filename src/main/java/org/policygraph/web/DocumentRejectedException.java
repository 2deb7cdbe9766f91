package org.policygraph.web;

/** An uploaded file that cannot be read as policy text; answered with 400. */
public class DocumentRejectedException extends RuntimeException {
    public DocumentRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
