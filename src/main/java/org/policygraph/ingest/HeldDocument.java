package org.policygraph.ingest;

/** A document of {@code file} whose key {@code holder}, another source, already holds: left with the holder. */
public record HeldDocument(String key, String file, String holder) {
}
