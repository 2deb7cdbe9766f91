package org.policygraph.extract;

/** A person in charge of a task (分管县领导 俞悦): name, title when written (may be null), the text read from. */
public record Leader(String name, String title, String quote) {
}
