package org.policygraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.codec.digest.DigestUtils;
import org.policygraph.Config;
import org.policygraph.ask.AskService;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TaskSpan;
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
            Spans spans = new Spans(new PolicyReader(backend.store()).taskSpans(), hashByName);
            for (Path file : questionFiles) {
                report(file, asker, spans, hashByName);
            }
        }
        return 0;
    }

    private void report(Path file, AskService asker, Spans spans, Map<String, String> hashByName) throws IOException {
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

    private static boolean covered(JsonNode evidence, List<String> top, Spans spans, Map<String, String> hashByName) {
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

    /**
     * A task's clause runs from the line after the task before it to the line before the next section or the next
     * task of another section, skipping the first lines of other tasks: its heading above it, and the lines after
     * it that no task starts (a 责任单位 line closing its section, a continued sentence), belong to it.
     */
    private static final class Spans {
        /** {@code tailFrom..tailTo}: the lines closing its section's block, after the block's last task. */
        private record Clause(String sha, int from, int to, int line, Set<Integer> otherStarts, int tailFrom,
                int tailTo) {
        }

        private final Map<String, Clause> byId = new HashMap<>();

        Spans(List<TaskSpan> starts, Map<String, String> hashByName) {
            Map<String, List<TaskSpan>> byFile = new HashMap<>();
            starts.forEach(s -> byFile.computeIfAbsent(s.sourceFile(), f -> new ArrayList<>()).add(s));
            for (Map.Entry<String, List<TaskSpan>> file : byFile.entrySet()) {
                List<TaskSpan> lines = file.getValue();
                lines.sort(java.util.Comparator.comparingInt(TaskSpan::line));
                Set<Integer> taskStarts = new java.util.HashSet<>();
                lines.stream().filter(TaskSpan::task).forEach(t -> taskStarts.add(t.line()));
                String sha = hashByName.getOrDefault(file.getKey(), file.getKey());
                for (int i = 0; i < lines.size(); i++) {
                    TaskSpan t = lines.get(i);
                    if (t.task()) {
                        int[] tail = tail(lines, i);
                        byId.put(t.id(), new Clause(sha, from(lines, i), to(lines, i), t.line(), taskStarts, tail[0],
                                tail[1]));
                    } else if ("document".equals(t.kind())) {
                        byId.put(t.id(), new Clause(sha, t.line(), header(lines, i), t.line(), Set.of(), 0, -1));
                    }
                }
            }
        }

        private static int from(List<TaskSpan> lines, int i) {
            for (int j = i - 1; j >= 0; j--) {
                if (lines.get(j).task() && lines.get(j).line() < lines.get(i).line()) {
                    return lines.get(j).line() + 1;
                }
            }
            return 1;
        }

        /** A document's header: from its first line to the line before its first section or task. */
        private static int header(List<TaskSpan> lines, int i) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (!"document".equals(lines.get(j).kind()) && lines.get(j).line() > lines.get(i).line()) {
                    return lines.get(j).line() - 1;
                }
            }
            return Integer.MAX_VALUE;
        }

        /**
         * The lines after the last task of the block the task's section heads (its subsections included) up to the
         * block's end: a 责任单位 line there covers every task of the block, so it belongs to each one's clause.
         */
        private static int[] tail(List<TaskSpan> lines, int i) {
            String block = lines.get(i).section();
            int last = lines.get(i).line();
            for (int j = i + 1; j < lines.size(); j++) {
                TaskSpan next = lines.get(j);
                boolean inside = next.section().equals(block) || next.section().startsWith(block + "/");
                if (!inside) {
                    return new int[] {last + 1, next.line() - 1};
                }
                if (next.task()) {
                    last = Math.max(last, next.line());
                }
            }
            return new int[] {last + 1, Integer.MAX_VALUE};
        }

        private static int to(List<TaskSpan> lines, int i) {
            TaskSpan t = lines.get(i);
            for (int j = i + 1; j < lines.size(); j++) {
                TaskSpan next = lines.get(j);
                if (next.line() > t.line() && ("section".equals(next.kind()) || next.task() && !next.section().equals(t.section()))) {
                    return next.line() - 1;
                }
            }
            return Integer.MAX_VALUE;
        }

        String describe(String id) {
            Clause c = byId.get(id);
            return c == null ? id + " (no span)"
                    : id + " lines " + c.from() + "-" + (c.to() == Integer.MAX_VALUE ? "end" : c.to());
        }

        boolean holds(String id, String sha, int line) {
            Clause c = byId.get(id);
            if (c == null || !sha.equals(c.sha())) {
                return false;
            }
            boolean inClause = line >= c.from() && line <= c.to() || line >= c.tailFrom() && line <= c.tailTo();
            return inClause
                    && (line == c.line() || !c.otherStarts().contains(line));
        }
    }
}
