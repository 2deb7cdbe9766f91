package org.policygraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.codec.digest.DigestUtils;
import org.policygraph.Config;
import org.policygraph.ask.AskService;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.ingest.CorpusFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Evidence recall of retrieval alone: for each question with {@code evidence} lines ({"seed", "line"}), whether every
 * evidence line lies inside one of the top-k clauses (tasks, and the header of a document an answer names). Seeds are matched to imported source files by content hash.
 */
@Command(name = "recall", mixinStandardHelpOptions = true,
        description = "Print evidence recall@1 and @5 of retrieval for question files with evidence lines (a dev tool).")
public final class RecallCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] KS = {1, 5};
    private final Wiring wiring;

    public RecallCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Parameters(arity = "1..*", paramLabel = "QUESTIONS.jsonl")
    List<Path> questionFiles;

    @Option(names = "--sources", split = ",", paramLabel = "DIR",
            description = "Directories holding the evidence seed files (default: ../shared/seeds,../shared/real/docs)")
    List<Path> sources = List.of(Path.of("../shared/seeds"), Path.of("../shared/real/docs"));

    @Option(names = "--show", description = "List the questions whose evidence is missed at @5")
    boolean show;

    @Option(names = "--explain", description = "With --show: how each missed question was read and ranked")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        Map<String, String> hashByName = hashes(sources);
        CorpusFiles.shipped().forEach(f -> hashByName.put(f.name(), DigestUtils.sha256Hex(f.content())));
        Config config = Config.fromEnv();
        try (Backend backend = wiring.backend(config, CorpusFiles.shipped(), System.err, false)) {
            AskService asker = wiring.askers(config, backend).rules();
            EvidenceSpans spans = new EvidenceSpans(new PolicyReader(backend.store()).taskSpans(), hashByName);
            for (Path file : questionFiles) {
                report(file, asker, spans, hashByName);
            }
        }
        return 0;
    }

    private void report(Path file, AskService asker, EvidenceSpans spans, Map<String, String> hashByName)
            throws IOException {
        int items = 0;
        int[] hits = new int[KS.length];
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = JSON.readTree(line);
            if (!item.path("evidence").isArray() || item.path("evidence").isEmpty()) {
                continue;
            }
            items++;
            List<String> top = asker.evidence(item.path("question").asText(), KS[KS.length - 1]);
            for (int i = 0; i < KS.length; i++) {
                if (covered(item.path("evidence"), top.subList(0, Math.min(KS[i], top.size())), spans, hashByName)) {
                    hits[i]++;
                } else if (show && i == KS.length - 1) {
                    System.out.println("  miss " + item.path("id").asText() + " " + item.path("question").asText());
                    if (explain) {
                        System.out.println("    evidence " + item.path("evidence") + "\n    top " + top.stream()
                                .map(spans::describe).toList() + "\n    "
                                + asker.explain(item.path("question").asText()).replace("\n", "\n    "));
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(file + ": " + items + " questions with evidence");
        for (int i = 0; i < KS.length; i++) {
            out.append(String.format("  recall@%d %.3f (%d)", KS[i], items == 0 ? 0 : hits[i] / (double) items, hits[i]));
        }
        System.out.println(out);
    }

    private static boolean covered(JsonNode evidence, List<String> top, EvidenceSpans spans,
                                   Map<String, String> hashByName) {
        for (JsonNode line : evidence) {
            String sha = hashByName.get(line.path("seed").asText());
            int number = line.path("line").asInt();
            if (sha == null || top.stream().noneMatch(id -> spans.holds(id, sha, number))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> hashes(List<Path> dirs) throws IOException {
        Map<String, String> byName = new HashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    byName.put(f.getFileName().toString(), DigestUtils.sha256Hex(Files.readAllBytes(f)));
                }
            }
        }
        return byName;
    }
}
