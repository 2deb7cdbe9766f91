package org.policygraph.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.graph.GraphWriter;
import org.policygraph.graph.GraphWriter.Outcome;
import org.policygraph.graph.GraphWriter.StoredDocument;
import org.policygraph.graph.ImportBatch;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Sha256;

/**
 * format -> parse -> extract -> graph for a set of files. A file whose bytes and extractor are those of the last
 * import is not even parsed; every other file is read and extracted before anything is written, and the changes of
 * the files that could be read are written in one transaction. A file that cannot be read (an unsupported format,
 * or broken, empty or without text) is left out with its reason in {@link Summary#unreadable()}: nothing of it is
 * written, and what an earlier import stored from it stays as it was.
 */
public final class Importer {
    /** What an import did, per outcome, plus the documents removed from changed files and the files not read. */
    public record Summary(int files, Map<Outcome, Integer> documents, int removed, Map<String, Integer> written,
                          long millis, List<UnreadableFileException> unreadable) {
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
        long start = System.nanoTime();
        Map<String, StoredDocument> stored = writer.storedDocuments();
        Map<String, List<StoredDocument>> storedByFile = stored.values().stream().filter(d -> d.sourceFile() != null)
                .collect(Collectors.groupingBy(StoredDocument::sourceFile));
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<String, String> sourceFingerprints = new LinkedHashMap<>();
        for (SourceFile file : files) {
            String fingerprint = fingerprint(file.content());
            List<StoredDocument> previous = storedByFile.getOrDefault(file.name(), List.of());
            if (!previous.isEmpty() && previous.stream().allMatch(d -> fingerprint.equals(d.sourceFingerprint()))) {
                outcomes.merge(Outcome.UNCHANGED, previous.size(), Integer::sum);
            } else {
                sourceFingerprints.put(file.name(), fingerprint);
            }
        }
        List<SourceFile> changed = files.stream().filter(f -> sourceFingerprints.containsKey(f.name())).toList();
        files.stream().filter(f -> !changed.contains(f)).forEach(extraction::forget);
        if (changed.isEmpty()) {
            return new Summary(files.size(), outcomes, 0, Map.of(), millisSince(start), List.of());
        }
        ProgressBar bar = new ProgressBar(progress, changed.size() + GraphWriter.steps());
        List<ExtractedDocument> toWrite = new ArrayList<>();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        List<String> replaced = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<UnreadableFileException> unreadable = new ArrayList<>();
        for (SourceFile file : changed) {
            List<ExtractedDocument> documents;
            try {
                documents = extraction.of(file);
            } catch (UnreadableFileException e) {
                unreadable.add(e);
                sourceFingerprints.remove(file.name());
                bar.step(file.name());
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (ExtractedDocument extracted : documents) {
                ParsedDocument doc = extracted.document();
                keys.add(doc.key());
                String fingerprint = fingerprint(doc.sha256().getBytes(StandardCharsets.UTF_8));
                StoredDocument before = stored.get(doc.key());
                Outcome outcome = before == null ? Outcome.ADDED
                        : fingerprint.equals(before.fingerprint()) ? Outcome.UNCHANGED : Outcome.REPLACED;
                outcomes.merge(outcome, 1, Integer::sum);
                if (outcome != Outcome.UNCHANGED) {
                    toWrite.add(extracted);
                    fingerprints.put(doc.key(), fingerprint);
                }
                if (outcome == Outcome.REPLACED) {
                    replaced.add(doc.key());
                }
            }
            storedByFile.getOrDefault(file.name(), List.of()).stream().map(StoredDocument::key).filter(k -> !keys.contains(k))
                    .forEach(removed::add);
            bar.step(file.name());
        }
        Map<String, Integer> written = sourceFingerprints.isEmpty() ? Map.of()
                : writer.write(new ImportBatch(toWrite, fingerprints, replaced, removed, sourceFingerprints), bar::step);
        bar.done();
        return new Summary(files.size(), outcomes, removed.size(), written, millisSince(start), List.copyOf(unreadable));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The hash of some content together with the extractor version, so that a new extractor re-imports it. */
    private String fingerprint(byte[] content) {
        return Sha256.hex(content, extractorVersion.getBytes(StandardCharsets.UTF_8));
    }
}
