package org.policygraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policygraph.Config;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.web.WebLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Drives POST /api/chat with concurrent clients in a closed loop, after uncounted warm-up requests; prints
 * throughput, latency percentiles, refusals by status and the server's memory as JSON. In-process the server runs
 * without the rate limit (and with --no-cache, PA_CACHE=off) and is measured once its vector graph is built;
 * against --url, --no-cache sends the admin token and X-PolicyGraph-No-Cache.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load the chat endpoint with concurrent clients and print throughput and latency as JSON.")
public final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Wiring wiring;

    public BenchCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Option(names = "--url", description = "A running server; default: start one in-process on a free port")
    String url;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--requests", description = "Requests in all (default 400, unless --seconds is given)")
    Integer requests;

    @Option(names = "--seconds", description = "Run for this long instead of a number of requests")
    Double seconds;

    @Option(names = "--questions", description = "A JSONL file of {\"question\"} lines; default: the server's "
            + "suggested questions (GET /api/suggestions), drawn from the graph, in Chinese and English")
    Path questions;

    @Option(names = "--warmup", defaultValue = "200", description = "Requests sent first and not counted, so "
            + "that the figures are the server's steady state rather than its JIT compiling (default ${DEFAULT-VALUE}; "
            + "0: none)")
    int warmup;

    @Option(names = "--no-cache", description = "Answers computed without the server's caches (with --url: needs "
            + "the server's admin token in PA_ADMIN_TOKEN)")
    boolean noCache;

    /** Where PA_ADMIN_TOKEN and the in-process server's settings are read (tests give their own). */
    Map<String, String> env = System.getenv();
    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        if (requests != null && seconds != null || clients < 1 || requests != null && requests < 1
                || seconds != null && !(seconds > 0) || warmup < 0) {
            System.err.println("Give --clients of 1 or more and either --requests N or --seconds S, both above 0.");
            return 2;
        }
        Config config = Config.fromMap(env);
        if (url == null) {
            WebLimits unlimited = WebLimits.defaults().withRate(0, 0);
            try (ServeCommand.Running server = wiring.serve(config.withServer("127.0.0.1", 0).withCache(!noCache),
                    CorpusFiles.shipped(), unlimited, false)) {
                long waiting = System.nanoTime();
                server.graph().awaitVectorGraph();
                System.err.printf("The vector graph was ready %.1f s after start-up.%n",
                        (System.nanoTime() - waiting) / 1e9);
                return run(server.baseUrl(), Map.of(), true);
            }
        }
        if (noCache && config.adminToken() == null) {
            System.err.println("bench --url --no-cache needs the server's admin token in PA_ADMIN_TOKEN.");
            return 2;
        }
        return run(url.replaceAll("/+$", ""), noCache ? Map.of("X-PolicyGraph-No-Cache", "1",
                "Authorization", "Bearer " + config.adminToken()) : Map.of(), false);
    }

    private int run(String base, Map<String, String> headers, boolean inProcess) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> pool = loadQuestions(http, base);
        BenchLoad load = new BenchLoad(http, base, pool, headers);
        if (warmup > 0) {
            load.run(clients, warmup, null, new BenchTally());
        }
        BenchTally tally = new BenchTally();
        double elapsed = load.run(clients,
                seconds == null && requests == null ? Integer.valueOf(400) : requests,
                seconds == null ? null : Duration.ofMillis(Math.round(seconds * 1000)), tally);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("server", inProcess ? "in-process" : base);
        report.put("cache", noCache ? "off" : "on");
        report.put("clients", clients);
        report.put("distinctQuestions", pool.size());
        report.put("warmupRequests", warmup);
        report.putAll(tally.report(elapsed));
        report.put("memory", inProcess ? ServerMemory.inProcess() : ServerMemory.fromMetrics(http, base));
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        if (tally.rateLimited() > 0) {
            System.err.println(tally.rateLimited() + " requests were refused by the rate limit (429): this measured "
                    + "the limiter; start the server with a higher PA_RATE_LIMIT and PA_RATE_BURST, or 0 (off).");
        }
        return tally.errors() == 0 ? 0 : 1;
    }

    private List<String> loadQuestions(HttpClient http, String base) throws Exception {
        List<String> pool = new ArrayList<>();
        if (questions != null) {
            for (String line : Files.readAllLines(questions)) {
                JsonNode question = line.isBlank() ? null : JSON.readTree(line).get("question");
                if (question != null && question.isTextual()) {
                    pool.add(question.asText());
                }
            }
        } else {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/suggestions"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JSON.readTree(response.body()).forEach(q -> {
                pool.add(q.path("zh").asText());
                pool.add(q.path("en").asText());
            });
        }
        if (pool.isEmpty()) {
            throw new IllegalStateException(questions != null ? "No {\"question\"} line in " + questions
                    : "The server suggests no questions; pass --questions FILE.jsonl");
        }
        return pool;
    }
}
