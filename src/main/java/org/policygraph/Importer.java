package org.policygraph;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policygraph.CorpusFiles.SourceFile;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.extract.Extractor;
import org.policygraph.graph.GraphWriter;
import org.policygraph.graph.GraphWriter.Outcome;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.ParsedDocument;

/**
 * parse -> extract -> graph for a set of files. Every file is parsed and extracted before anything is
 * written, so a file that cannot be read leaves the graph as it was.
 */
final class Importer {
    /** What an import did, per outcome, plus the documents removed from changed files. */
    record Summary(int files, Map<Outcome, Integer> documents, int removed, long millis) {
        boolean changed() {
            return documents.getOrDefault(Outcome.ADDED, 0) + documents.getOrDefault(Outcome.REPLACED, 0) + removed > 0;
        }
    }

    private final CorpusParser parser;
    private final Extractor extractor;
    private final GraphWriter writer;
    private final String extractorVersion;

    Importer(CorpusParser parser, Extractor extractor, GraphWriter writer, String extractorVersion) {
        this.parser = parser;
        this.extractor = extractor;
        this.writer = writer;
        this.extractorVersion = extractorVersion;
    }

    Summary run(List<SourceFile> files, PrintStream progress) {
        long start = System.nanoTime();
        Map<SourceFile, List<ExtractedDocument>> extracted = new java.util.LinkedHashMap<>();
        for (SourceFile file : files) {
            List<ParsedDocument> docs = parser.parse(file.name(), file.content());
            extracted.put(file, docs.stream().map(extractor::extract).toList());
        }
        int total = extracted.values().stream().mapToInt(List::size).sum();
        ProgressBar bar = new ProgressBar(progress, total);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int removed = 0;
        for (var entry : extracted.entrySet()) {
            Set<String> keys = new HashSet<>();
            for (ExtractedDocument doc : entry.getValue()) {
                keys.add(doc.document().key());
                outcomes.merge(writer.write(doc, fingerprint(doc)), 1, Integer::sum);
                bar.step(doc.document().docNo() != null ? doc.document().docNo() : doc.document().title());
            }
            removed += writer.removeMissing(entry.getKey().name(), keys);
        }
        bar.done();
        Summary summary = new Summary(files.size(), outcomes, removed, (System.nanoTime() - start) / 1_000_000);
        if (summary.changed()) {
            writer.linkRecurringTargets();
        }
        return summary;
    }

    private String fingerprint(ExtractedDocument doc) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(doc.document().sha256().getBytes(StandardCharsets.UTF_8));
            sha.update(extractorVersion.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
