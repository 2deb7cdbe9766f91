package org.policygraph.extract.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of ../shared/real/gold.jsonl: a task as annotated by hand. */
record GoldTask(String file, int line, String task, List<String> leads, String leadBasis, List<String> supports,
                String deadline) {
    static final Path REAL = Path.of("../shared/real");

    static List<GoldTask> load() {
        ObjectMapper json = new ObjectMapper();
        List<GoldTask> out = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(REAL.resolve("gold.jsonl"))) {
                if (l.isBlank()) {
                    continue;
                }
                JsonNode g = json.readTree(l);
                out.add(new GoldTask(g.get("file").asText(), g.get("line").asInt(), g.get("task").asText(),
                        strings(g.get("leads")), g.get("leadBasis").asText(), strings(g.get("supports")),
                        g.get("deadline").isNull() ? null : g.get("deadline").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
