package org.policygraph.ingest;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.ask.AskService;
import org.policygraph.graph.SemanticIndexer;
import org.policygraph.parse.ParseException;
import org.policygraph.web.DocumentIntake;
import org.policygraph.web.DocumentRejectedException;

/** POST /api/documents: imports one uploaded file, embeds its new tasks and lets the assistant see them. */
public final class UploadIntake implements DocumentIntake {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final Importer importer;
    private final SemanticIndexer indexer;
    private final AskService ask;

    public UploadIntake(Importer importer, SemanticIndexer indexer, AskService ask) {
        this.importer = importer;
        this.indexer = indexer;
        this.ask = ask;
    }

    @Override
    public synchronized Map<String, Object> add(String fileName, byte[] content) {
        Importer.Summary summary;
        try {
            summary = importer.run(List.of(new CorpusFiles.SourceFile(fileName, content)), QUIET);
        } catch (ParseException e) {
            throw new DocumentRejectedException(e.getMessage(), e);
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
