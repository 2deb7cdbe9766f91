package org.policygraph.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.graph.write.GraphWriter.Outcome;
import org.policygraph.graph.write.GraphWriter.StoredDocument;
import org.policygraph.graph.write.ImportBatch;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.parse.ParsedDocument;

/**
 * What one import will do, decided file by file against the graph as it was before: which documents are added,
 * replaced or unchanged, which are gone from their files, and which stay with the other source that holds their
 * key. Within one run the first file to bring a key keeps it.
 */
final class ImportPlan {
    private final Map<String, StoredDocument> stored;
    private final Map<String, List<StoredDocument>> storedByFile;
    private final Function<byte[], String> fingerprint;
    private final Predicate<String> mayReplace;
    private final int files;
    private final long start = System.nanoTime();
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private final Map<String, String> sourceFingerprints = new LinkedHashMap<>();
    private final Map<String, Integer> ocrPages = new LinkedHashMap<>();
    private final Map<String, ExtractedDocument> toWrite = new LinkedHashMap<>();
    private final Map<String, String> fingerprints = new LinkedHashMap<>();
    private final Map<String, String> claimed = new HashMap<>();
    private final List<String> replaced = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final Map<String, String> taken = new LinkedHashMap<>();
    private final List<HeldDocument> held = new ArrayList<>();
    private final List<UnreadableFileException> unreadable = new ArrayList<>();
    private ProgressBar bar;

    ImportPlan(Map<String, StoredDocument> stored, Function<byte[], String> fingerprint, Predicate<String> mayReplace,
               int files) {
        this.stored = stored;
        this.storedByFile = stored.values().stream().filter(d -> d.sourceFile() != null)
                .collect(Collectors.groupingBy(StoredDocument::sourceFile));
        this.fingerprint = fingerprint;
        this.mayReplace = mayReplace;
        this.files = files;
    }

    /** False for a file whose bytes and extractor are those of the last import: its documents stay unchanged. */
    boolean needsReading(SourceFile file) {
        String bytes = fingerprint.apply(file.content());
        List<StoredDocument> previous = storedByFile.getOrDefault(file.name(), List.of());
        if (!previous.isEmpty() && previous.stream().allMatch(d -> bytes.equals(d.sourceFingerprint()))) {
            outcomes.merge(Outcome.UNCHANGED, previous.size(), Integer::sum);
            return false;
        }
        sourceFingerprints.put(file.name(), bytes);
        return true;
    }

    void startProgress(PrintStream progress, int steps) {
        bar = steps == 0 ? null : new ProgressBar(progress, steps);
    }

    void add(SourceFile file, List<ExtractedDocument> documents) {
        add(file, documents, 0);
    }

    /** {@code ocrPages}: how many of the file's pages OCR read; its documents are marked so in the graph. */
    void add(SourceFile file, List<ExtractedDocument> documents, int ocrPages) {
        if (ocrPages > 0) {
            this.ocrPages.put(file.name(), ocrPages);
        }
        Set<String> keys = new HashSet<>();
        for (ExtractedDocument extracted : documents) {
            keys.add(extracted.document().key());
            decide(file.name(), extracted);
        }
        storedByFile.getOrDefault(file.name(), List.of()).stream().map(StoredDocument::key)
                .filter(k -> !keys.contains(k)).forEach(removed::add);
        step(file.name());
    }

    void unreadable(SourceFile file, UnreadableFileException e) {
        unreadable.add(e);
        sourceFingerprints.remove(file.name());
        step(file.name());
    }

    private void decide(String file, ExtractedDocument extracted) {
        ParsedDocument doc = extracted.document();
        String key = doc.key();
        if (claimed.containsKey(key)) {
            held.add(new HeldDocument(key, file, claimed.get(key)));
            return;
        }
        String documentFingerprint = fingerprint.apply(doc.sha256().getBytes(StandardCharsets.UTF_8));
        StoredDocument before = stored.get(key);
        boolean same = before != null && documentFingerprint.equals(before.fingerprint());
        String holder = before == null || file.equals(before.sourceFile()) ? null : before.sourceFile();
        if (holder != null && !same && !mayReplace.test(key)) {
            held.add(new HeldDocument(key, file, holder));
            return;
        }
        claimed.put(key, holder != null && same ? holder : file);
        Outcome outcome = before == null ? Outcome.ADDED : same ? Outcome.UNCHANGED : Outcome.REPLACED;
        outcomes.merge(outcome, 1, Integer::sum);
        if (outcome == Outcome.UNCHANGED) {
            return;
        }
        if (holder != null) {
            taken.put(key, holder);
        }
        toWrite.put(key, extracted);
        fingerprints.put(key, documentFingerprint);
        if (outcome == Outcome.REPLACED) {
            replaced.add(key);
        }
    }

    void step(String label) {
        if (bar != null) {
            bar.step(label);
        }
    }

    boolean writes() {
        return !sourceFingerprints.isEmpty();
    }

    /** Whether any document of these files is written under their names (not only left or found unchanged). */
    boolean storesDocuments() {
        return !toWrite.isEmpty();
    }

    ImportBatch batch() {
        return new ImportBatch(List.copyOf(toWrite.values()), fingerprints, replaced, removed, sourceFingerprints,
                ocrPages);
    }

    List<UnreadableFileException> unreadable() {
        return unreadable;
    }

    List<HeldDocument> held() {
        return held;
    }

    Map<String, String> taken() {
        return taken;
    }

    Map<Outcome, Integer> outcomes() {
        return outcomes;
    }

    Importer.Summary summary(Map<String, Integer> written) {
        if (bar != null) {
            bar.done();
        }
        return new Importer.Summary(files, outcomes, removed.size(), written, (System.nanoTime() - start) / 1_000_000,
                List.copyOf(unreadable), List.copyOf(held), Collections.unmodifiableMap(taken));
    }
}
