package org.policygraph.ask.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cues of progress questions and the status words of answers (graph-import/progress-questions.tsv). */
final class ProgressCues {
    private static final String RESOURCE = "graph-import/progress-questions.tsv";
    private final Map<String, List<String>> cues = new LinkedHashMap<>();
    private final Map<String, String[]> labels = new HashMap<>();

    ProgressCues() {
        for (String line : lines()) {
            String[] cells = line.split("\t");
            if (cells[0].equals("#@label") && cells.length >= 4) {
                labels.put(cells[1], new String[] {cells[2], cells[3]});
            } else if (!line.startsWith("#") && cells.length >= 2) {
                cues.computeIfAbsent(cells[0].strip(), k -> new ArrayList<>()).add(cells[1].strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Whether the question holds a wording of the cue; a Latin wording only as whole words. */
    boolean has(String cue, String question) {
        String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{IsHan}\\p{IsAlphabetic}\\d]+", " ") + " ";
        String raw = question.toLowerCase(Locale.ROOT);
        return cues.getOrDefault(cue, List.of()).stream().anyMatch(w -> w.matches(".*\\p{IsHan}.*")
                ? raw.contains(w) : q.contains(" " + w + " "));
    }

    /** Every wording of every cue: what is no topic in a question. */
    List<String> allWordings() {
        return cues.values().stream().flatMap(List::stream).toList();
    }

    /** The status in the answer's language: 「滞后」 / "behind schedule". */
    String label(String status, boolean english) {
        String[] pair = labels.get(status);
        if (pair == null) {
            return english ? "no status stated" : "未说明";
        }
        return english ? pair[1] : pair[0];
    }

    private static List<String> lines() {
        try (InputStream in = ProgressCues.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
