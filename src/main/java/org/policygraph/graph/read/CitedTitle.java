package org.policygraph.graph.read;

/** A document another one cites: its number and title as the citation writes them (either may be null). */
public record CitedTitle(String docNo, String title) {
}
