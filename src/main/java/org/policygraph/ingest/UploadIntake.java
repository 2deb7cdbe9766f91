package org.policygraph.ingest;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.ask.AskService;
import org.policygraph.graph.SemanticIndexer;

/**
 * POST /api/documents: imports one uploaded file (any format {@link DocumentFormats} reads), embeds its new tasks
 * and lets the assistant see them. A file that cannot be read is refused with an {@link UnreadableFileException}
 * and nothing of it is written.
 */
public final class UploadIntake {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final Importer importer;
    private final SemanticIndexer indexer;
    private final AskService ask;

    public UploadIntake(Importer importer, SemanticIndexer indexer, AskService ask) {
        this.importer = importer;
        this.indexer = indexer;
        this.ask = ask;
    }

    public synchronized Map<String, Object> add(String fileName, byte[] content) {
        Importer.Summary summary = importer.run(List.of(new CorpusFiles.SourceFile(fileName, content)), QUIET);
        if (!summary.unreadable().isEmpty()) {
            throw summary.unreadable().get(0);
        }
        int embedded = indexer.indexMissing();
        if (summary.changed()) {
            ask.refresh();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", fileName);
        result.put("documents", summary.documents());
        result.put("removed", summary.removed());
        result.put("tasksEmbedded", embedded);
        result.put("millis", summary.millis());
        return result;
    }
}
