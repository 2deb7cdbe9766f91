package org.policygraph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An upload refused because documents in it are already in the graph from other sources, with other text: nothing
 * of it was imported. Sent again with replace=true, it replaces exactly those documents.
 */
public class DocumentHeldException extends RuntimeException {
    private static final int LISTED = 5;

    public DocumentHeldException(String fileName, List<HeldDocument> held) {
        super(fileName + ": " + describe(held) + ", so nothing of this file was imported."
                + (held.stream().allMatch(h -> h.file().equals(h.holder())) ? ""
                        : " To replace " + (held.size() == 1 ? "that document" : "those documents")
                                + " with this file's, send it again with replace=true."));
    }

    private static String describe(List<HeldDocument> held) {
        String listed = held.stream().limit(LISTED).map(h -> h.file().equals(h.holder())
                ? h.key() + " appears twice in it" : h.key() + " is already in the graph, with other text, from " + h.holder())
                .collect(Collectors.joining("; "));
        return held.size() > LISTED ? listed + " (and " + (held.size() - LISTED) + " more)" : listed;
    }
}
