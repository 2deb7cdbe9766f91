package org.policygraph.ingest;

import java.util.List;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.policygraph.extract.ExtractedDocument;
import org.policygraph.extract.Extractor;
import org.policygraph.graph.Futures;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.Jurisdiction;
import org.policygraph.parse.ParseException;

/**
 * format -> parse -> extract of whole files ({@link DocumentFormats} turns each into text). Files can be started
 * ahead on another thread, so that on a fresh store the work is done while Neo4j starts; the importer then takes
 * the result instead of doing it again.
 */
public final class FileExtraction {
    private final DocumentFormats formats = new DocumentFormats();
    private final CorpusParser parser;
    private final Extractor extractor;
    private final Jurisdiction given;
    private final Map<SourceFile, CompletableFuture<List<ExtractedDocument>>> ahead = new ConcurrentHashMap<>();
    private final Map<String, Integer> ocrPages = new ConcurrentHashMap<>();

    public FileExtraction(CorpusParser parser, Extractor extractor) {
        this(parser, extractor, null);
    }

    /** {@code jurisdiction}: the place every document of these files belongs to (import --jurisdiction), else null. */
    public FileExtraction(CorpusParser parser, Extractor extractor, String jurisdiction) {
        this.parser = parser;
        this.extractor = extractor;
        this.given = jurisdiction == null ? null : new Jurisdiction(jurisdiction, Jurisdiction.levelOf(jurisdiction));
    }

    /** What besides the extractor decides the rows of a file: the jurisdiction given, if any ("" when none). */
    public String settings() {
        return given == null ? "" : "jurisdiction=" + given.name();
    }

    public void startAhead(List<SourceFile> files, Executor executor) {
        for (SourceFile file : files) {
            ahead.put(file, CompletableFuture.supplyAsync(() -> extract(file), executor));
        }
    }

    /**
     * The file's documents; a failure to read it is thrown here, whichever thread met it, as an
     * {@link UnreadableFileException}.
     */
    public List<ExtractedDocument> of(SourceFile file) {
        CompletableFuture<List<ExtractedDocument>> started = ahead.remove(file);
        if (started == null) {
            return extract(file);
        }
        return Futures.join(started);
    }

    /** Drops the result of a file nobody will ask for (it turned out unchanged). */
    public void forget(SourceFile file) {
        CompletableFuture<List<ExtractedDocument>> started = ahead.remove(file);
        if (started != null) {
            started.cancel(false);
        }
    }

    /** How many pages of the file OCR read when it was last extracted here (0: all its text came from the file). */
    public int ocrPages(SourceFile file) {
        return ocrPages.getOrDefault(file.name(), 0);
    }

    private List<ExtractedDocument> extract(SourceFile file) {
        DocumentFormats.FileText read = formats.read(file.name(), file.content());
        ocrPages.put(file.name(), read.ocrPages());
        String text = read.text();
        if (!PolicyText.hasChineseSentence(text)) {
            throw UnreadableFileException.broken(file.name(), PolicyText.NO_SENTENCE);
        }
        try {
            return parser.parse(file.name(), text).stream()
                    .map(doc -> file.uploaded() && doc.docNo() == null ? doc.withKey(PolicyText.contentKey(doc)) : doc)
                    .map(doc -> given == null ? doc : doc.withJurisdiction(given)).map(extractor::extract).toList();
        } catch (ParseException e) {
            throw UnreadableFileException.broken(file.name(), "no policy text in it", e);
        }
    }
}
