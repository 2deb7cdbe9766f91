package org.policygraph.progress;

/** A status found in a report: the normalised status and the words as written. */
public record StatusReading(String status, String statusText) {
}
