package org.policygraph.ask;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.policygraph.PersistentCorpus;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.write.SemanticIndexer;

/** Answers the dev question set into target/dev-answers.jsonl (for /work/shared/eval/grade.py). Dev tool. */
final class EvalRun {
    private EvalRun() {
    }

    static Path run(Path questions) throws Exception {
        Neo4jStore store = PersistentCorpus.store(Path.of("target/realstore"));
        var model = new org.policygraph.embed.BgeSmallZh();
        long start = System.nanoTime();
        int embedded = new SemanticIndexer(store, model).indexMissing();
        System.err.printf("embedded %d tasks in %d ms%n", embedded, (System.nanoTime() - start) / 1_000_000);
        long building = System.nanoTime();
        AskService service = new AskService(new PolicyReader(store), Boolean.getBoolean("noModel") ? null : model);
        System.err.printf("asker built in %d ms%n", (System.nanoTime() - building) / 1_000_000);
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        List<String> debug = new ArrayList<>();
        long asking = System.nanoTime();
        long asked = 0;
        for (String line : Files.readAllLines(questions, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<?, ?> item = json.readValue(line, Map.class);
            Answer answer = service.ask((String) item.get("question"), null);
            asked += answer.elapsedMs();
            debug.add("### " + item.get("id") + " " + item.get("question") + "\n" + service.explain((String) item.get("question"))
                    + "\n---\n" + answer.answer() + "\n");
            out.add(json.writeValueAsString(Map.of("id", item.get("id"), "question", item.get("question"),
                    "answer", answer.answer(), "elapsedMs", answer.elapsedMs())));
        }
        System.err.printf("answered %d questions in %d ms (%d ms in ask)%n", out.size(),
                (System.nanoTime() - asking) / 1_000_000, asked);
        Files.write(Path.of("target/dev-debug.txt"), debug, StandardCharsets.UTF_8);
        Path target = Path.of("target/dev-answers.jsonl");
        Files.write(target, out, StandardCharsets.UTF_8);
        return target;
    }
}
