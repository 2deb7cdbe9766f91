package org.policygraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.ParsedDocument;

/** The shipped corpus parsed once per test JVM, for tests that check extraction on the real documents. */
final class CorpusExtraction {
    static final Path CORPUS = Path.of("graph-import/corpus");
    static final DepartmentDictionary DICTIONARY = DepartmentDictionary.load();
    static final List<ParsedDocument> PARSED = parse();

    private CorpusExtraction() {
    }

    private static List<ParsedDocument> parse() {
        try (var files = Files.list(CORPUS)) {
            List<ParsedDocument> out = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                out.addAll(new CorpusParser().parse(file));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ExtractedDocument> extractAll() {
        Extractor extractor = new Extractor(DICTIONARY);
        return PARSED.stream().map(extractor::extract).toList();
    }

    static ExtractedDocument document(List<ExtractedDocument> all, String docNo) {
        return all.stream().filter(d -> docNo.equals(d.document().docNo())).findFirst()
                .orElseThrow(() -> new AssertionError("No document " + docNo));
    }

    static Task task(ExtractedDocument doc, String textPart) {
        return doc.tasks().stream().filter(t -> t.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("No task with " + textPart + " in " + doc.document().docNo()));
    }
}
