package org.policygraph.cli;

import org.policygraph.ask.AskService;
import org.policygraph.ask.LiveGraph;

/**
 * The question's path as the process offers it: {@code rules} without the language model, {@code assisted} with it
 * (the same object when no model is configured); both read {@code graph} and share the conversations.
 */
public record Askers(LiveGraph graph, AskService rules, AskService assisted) {
}
