package org.policygraph.ingest;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

import org.policygraph.graph.write.SemanticIndexer;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/documents: imports one uploaded file (any format {@link DocumentFormats} reads), keeps it in the
 * {@link UploadFolder} so that every start re-imports it, embeds its new tasks and lets the assistant see them.
 * An upload is its documents, not its name: it never replaces or removes what another source holds, unless asked to
 * replace the documents whose numbers it shares. Refused uploads ({@link UnreadableFileException},
 * {@link DocumentHeldException}) and failed writes leave the graph and the folder as they were.
 */
public final class UploadIntake {
    private static final Logger LOG = LoggerFactory.getLogger(UploadIntake.class);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final long OUTCOME_WAIT_SECONDS = 20;

    private final Importer importer;
    private final UploadFolder folder;
    private final SemanticIndexer indexer;
    private final Runnable graphChanged;

    /** {@code graphChanged} runs after each kept upload is embedded, so that readers of the graph see it. */
    public UploadIntake(Importer importer, UploadFolder folder, SemanticIndexer indexer, Runnable graphChanged) {
        this.importer = importer;
        this.folder = folder;
        this.indexer = indexer;
        this.graphChanged = graphChanged;
    }

    /** {@code replace}: documents whose keys other sources hold (with other text) are replaced, not refused. */
    public synchronized UploadReceipt add(String requestedName, byte[] content, boolean replace) {
        long start = System.nanoTime();
        String name = folder.freeName(requestedName, importer.sourceFiles());
        ImportPlan plan = importer.plan(List.of(SourceFile.upload(name, content)), QUIET, key -> replace);
        if (!plan.unreadable().isEmpty()) {
            throw plan.unreadable().get(0);
        }
        if (!plan.held().isEmpty()) {
            throw new DocumentHeldException(requestedName, plan.held());
        }
        if (!plan.storesDocuments()) {
            return new UploadReceipt(null, plan.outcomes(), List.of(), 0, millisSince(start),
                    "Every document of this file is already in the graph with the same text; nothing was written.");
        }
        folder.keep(name, content, plan.taken().keySet());
        try {
            importer.apply(plan);
        } catch (RuntimeException e) {
            written(name, e);
        }
        folder.released(name, plan.taken().keySet());
        int embedded = catchUp();
        String notice = name.equals(requestedName) ? null : "A source named " + requestedName
                + " is already in the graph; it was left as it was and this upload is kept as " + name + ".";
        return new UploadReceipt(name, plan.outcomes(), List.copyOf(plan.taken().keySet()), embedded,
                millisSince(start), notice);
    }

    /**
     * A write that failed because the store went away may still have been committed (the answer to the commit was
     * lost): the graph is asked, for {@value #OUTCOME_WAIT_SECONDS} s at most, whether it holds the upload. Stored, the
     * upload is accepted; not stored, it is forgotten and the failure stands; still unknown, the file is kept (the next
     * start makes the graph agree with it) and the client is told to send it again.
     */
    private void written(String name, RuntimeException failure) {
        Boolean stored = storedUnder(name);
        if (stored == null) {
            throw new UploadInDoubtException(name, failure);
        }
        if (!stored) {
            folder.drop(name);
            throw failure;
        }
        LOG.warn("Upload {} was stored although its write reported: {}", name, failure.getMessage());
    }

    /** Whether the graph holds documents of the source {@code name}; null when it does not answer in time. */
    private Boolean storedUnder(String name) {
        long deadline = System.nanoTime() + OUTCOME_WAIT_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                return importer.sourceFiles().contains(name);
            } catch (RuntimeException storeAway) {
                pause();
            }
        }
        return null;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The upload is in the graph and kept: a store that fails now costs only the new tasks' vectors (the next upload
     * or start embeds them) and the assistant's view of them until then, so the upload is still answered as accepted.
     */
    private int catchUp() {
        try {
            int embedded = indexer.indexMissing();
            graphChanged.run();
            return embedded;
        } catch (RuntimeException e) {
            LOG.warn("Upload imported, but embedding its tasks or refreshing the assistant failed: {}", e.getMessage());
            return 0;
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
