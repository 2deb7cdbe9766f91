package org.policygraph.extract.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policygraph.extract.DepartmentDictionary;
import org.policygraph.extract.Extractor;
import org.policygraph.parse.CorpusParser;

/** The real plans of ../shared/real/docs extracted in-process (no store) and scored against gold.jsonl. */
final class RealPlansScore {
    static final Extractor EXTRACTOR = new Extractor(DepartmentDictionary.load());

    private RealPlansScore() {
    }

    static List<ExportedTask> extract(String fileName, String text) {
        List<ExportedTask> out = new ArrayList<>();
        new CorpusParser().parse(fileName, text).forEach(doc -> out.addAll(ExportedTask.of(EXTRACTOR.extract(doc))));
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
