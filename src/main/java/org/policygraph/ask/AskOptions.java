package org.policygraph.ask;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * How one question is to be answered: {@code useCaches} false asks for an answer computed afresh, without any cache
 * (bench --no-cache); {@code lines} hears each line of the answer as soon as it is composed (streaming);
 * {@code channel} names the door that asked (api, v1, mcp) for the answer metrics, null for none counted.
 */
public record AskOptions(boolean useCaches, Consumer<String> lines, String channel) {
    public static final AskOptions DEFAULT = new AskOptions(true, line -> { }, null);

    public AskOptions withoutCaches() {
        return new AskOptions(false, lines, channel);
    }

    public AskOptions withLines(Consumer<String> listener) {
        return new AskOptions(useCaches, listener, channel);
    }

    /** Counted as asked through {@code door} (api, v1, mcp). */
    public AskOptions via(String door) {
        return new AskOptions(useCaches, lines, door);
    }

    /** Sends the lines of a finished answer, for an asker that does not compose line by line. */
    public void sendLines(Answer answer) {
        if (answer.answer() != null && !answer.answer().isEmpty()) {
            Arrays.stream(answer.answer().split("\n", -1)).forEach(lines);
        }
    }
}
