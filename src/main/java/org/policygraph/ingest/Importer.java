package org.policygraph.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.graph.write.GraphWriter;
import org.policygraph.graph.write.GraphWriter.Outcome;
import org.policygraph.graph.write.GraphWriter.StoredDocument;
import org.policygraph.parse.Sha256;

/**
 * format -> parse -> extract -> graph for a set of files. A file whose bytes and extractor are those of the last
 * import is not even parsed; every other file is read and extracted before anything is written, and the changes of
 * the files that could be read are written in one transaction. A file that cannot be read (an unsupported format,
 * or broken, empty or without text) is left out with its reason in {@link Summary#unreadable()}: nothing of it is
 * written, and what an earlier import stored from it stays as it was. A document whose key another source already
 * holds stays with that source ({@link Summary#held()}) unless the run may replace it.
 */
public final class Importer {
    /**
     * What an import did, per outcome, plus the documents removed from changed files, the files not read, the
     * documents left with the source that holds them and those taken over from another source.
     */
    public record Summary(int files, Map<Outcome, Integer> documents, int removed, Map<String, Integer> written,
                          long millis, List<UnreadableFileException> unreadable, List<HeldDocument> held,
                          Map<String, String> taken) {
        public boolean changed() {
            return documents.getOrDefault(Outcome.ADDED, 0) + documents.getOrDefault(Outcome.REPLACED, 0) + removed > 0;
        }
    }

    private final FileExtraction extraction;
    private final GraphWriter writer;
    private final String extractorVersion;

    public Importer(FileExtraction extraction, GraphWriter writer, String extractorVersion) {
        this.extraction = extraction;
        this.writer = writer;
        this.extractorVersion = extractorVersion;
    }

    public Summary run(List<SourceFile> files, PrintStream progress) {
        return run(files, progress, key -> false);
    }

    /** {@code mayReplace}: the keys another source holds that these files may take over. */
    public Summary run(List<SourceFile> files, PrintStream progress, Predicate<String> mayReplace) {
        return apply(plan(files, progress, mayReplace));
    }

    /**
     * The files one at a time, each read, extracted and written in a transaction of its own, and the links across
     * documents made once after the last: the graph of {@link #run} for a folder of thousands of files, with no
     * transaction (nor the memory it holds) growing with the folder. A failure leaves the files before it imported.
     */
    public Summary runEachFile(List<SourceFile> files, PrintStream progress) {
        long start = System.nanoTime();
        ProgressBar bar = files.isEmpty() ? null : new ProgressBar(progress, files.size());
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        Summary total = null;
        boolean changed = false;
        for (SourceFile file : files) {
            ImportPlan plan = plan(List.of(file), quiet, key -> false);
            Map<String, Integer> written = plan.writes() ? writer.write(plan.batch(), step -> { }, false) : Map.of();
            Summary one = plan.summary(written);
            changed |= plan.storesDocuments() || one.removed() > 0;
            total = total == null ? one : Summaries.sum(total, one);
            bar.step(file.name());
        }
        if (bar != null) {
            bar.done();
        }
        if (changed) {
            writer.link();
        }
        return total == null ? plan(files, quiet, key -> false).summary(Map.of())
                : Summaries.withMillis(total, (System.nanoTime() - start) / 1_000_000);
    }

    /** The names of the source files the graph holds documents of. */
    public Set<String> sourceFiles() {
        return writer.storedDocuments().values().stream().map(StoredDocument::sourceFile)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Reads and extracts the files and decides what each document does; writes nothing. */
    ImportPlan plan(List<SourceFile> files, PrintStream progress, Predicate<String> mayReplace) {
        ImportPlan plan = new ImportPlan(writer.storedDocuments(), this::fingerprint, mayReplace, files.size());
        List<SourceFile> changed = new ArrayList<>();
        for (SourceFile file : files) {
            if (plan.needsReading(file)) {
                changed.add(file);
            } else {
                extraction.forget(file);
            }
        }
        plan.startProgress(progress, changed.isEmpty() ? 0 : changed.size() + GraphWriter.steps());
        for (SourceFile file : changed) {
            try {
                plan.add(file, extraction.of(file), extraction.ocrPages(file));
            } catch (UnreadableFileException e) {
                plan.unreadable(file, e);
            }
        }
        return plan;
    }

    /** Writes what the plan decided in one transaction (nothing when it decided nothing). */
    Summary apply(ImportPlan plan) {
        Map<String, Integer> written = plan.writes() ? writer.write(plan.batch(), plan::step) : Map.of();
        return plan.summary(written);
    }

    /** The hash of some content together with the extractor version, so that a new extractor re-imports it. */
    private String fingerprint(byte[] content) {
        return Sha256.hex(content, extractorVersion.getBytes(StandardCharsets.UTF_8));
    }
}
