package org.policygraph.ingest;

import java.util.List;
import java.util.Map;
import org.policygraph.graph.write.GraphWriter.Outcome;

/**
 * What an upload did: the name it is kept under ({@code file}; null when nothing of it was new), the documents per
 * outcome, the keys it replaced in other sources, the tasks embedded, and a notice when it was renamed or changed
 * nothing.
 */
public record UploadReceipt(String file, Map<Outcome, Integer> documents, List<String> replaced, int tasksEmbedded,
                            long millis, String notice) {
    /** Whether the upload was kept: some document of it is now in the graph under its name. */
    public boolean created() {
        return file != null;
    }
}
