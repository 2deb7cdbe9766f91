package org.policygraph.extract.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policygraph.extract.DepartmentDictionary;
import org.policygraph.extract.Extractor;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.ingest.FileExtraction;
import org.policygraph.parse.CorpusParser;

/** The real plans of ../shared/real/docs extracted in-process (no store) and scored against gold.jsonl. */
final class RealPlansScore {
    static final Extractor EXTRACTOR = new Extractor(DepartmentDictionary.load());
    private static final FileExtraction FILES = new FileExtraction(new CorpusParser(), EXTRACTOR);

    private RealPlansScore() {
    }

    static List<ExportedTask> extract(String fileName, String text) {
        return extract(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file of any format read as import reads it (format, parse, extract), without a store. */
    static List<ExportedTask> extract(String fileName, byte[] content) {
        List<ExportedTask> out = new ArrayList<>();
        FILES.of(new SourceFile(fileName, content)).forEach(doc -> out.addAll(ExportedTask.of(doc)));
        return out;
    }

    static GoldScore score(List<GoldTask> gold, Function<String, List<ExportedTask>> exportOfFile) {
        Map<String, List<ExportedTask>> byFile = gold.stream().map(GoldTask::file).distinct()
                .collect(Collectors.toMap(f -> f, exportOfFile));
        GoldScore score = new GoldScore();
        gold.forEach(g -> score.add(g, byFile.get(g.file())));
        return score;
    }

    static String read(String file) {
        try {
            return Files.readString(GoldTask.REAL.resolve("docs").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the score and the misses: {@code java … RealPlansScore}. */
    public static void main(String[] args) {
        GoldScore score = score(GoldTask.load(), f -> extract(f, read(f)));
        score.misses.forEach(System.out::println);
        System.out.println(score);
    }
}
