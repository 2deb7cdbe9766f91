package org.policygraph.cli;

import org.policygraph.Config;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.policygraph.web.WebLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Drives POST /api/chat with concurrent clients; prints throughput and latency percentiles as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load the chat endpoint with concurrent clients and print throughput and latency as JSON.")
public final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--url", description = "A running server; default: start one in-process on a free port")
    String url;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--requests", defaultValue = "400", description = "Requests in all (default ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--questions", description = "A JSONL file of {\"question\"} lines; default: the server's "
            + "suggested questions (GET /api/suggestions), drawn from the graph, in Chinese and English")
    Path questions;

    @Override
    public Integer call() throws Exception {
        if (url != null) {
            return run(url, loadQuestions(url));
        }
        WebLimits unlimited = new WebLimits(WebLimits.defaults().maxQuestionChars(),
                WebLimits.defaults().maxBodyBytes(), 0, 0);
        try (ServeCommand.Running server = ServeCommand.startInProcess(
                Config.fromEnv().withServer("127.0.0.1", 0), unlimited, false)) {
            return run(server.baseUrl(), loadQuestions(server.baseUrl()));
        }
    }

    private int run(String base, List<String> pool) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String body = JSON.writeValueAsString(Map.of("question", pool.get(i % pool.size())));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/chat"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies.add((System.nanoTime() - t0) / 1000);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        workers.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                report(latencies, errors.get(), seconds, pool.size())));
        return errors.get() == 0 ? 0 : 1;
    }

    private Map<String, Object> report(List<Long> micros, int errors, double seconds, int distinct) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("clients", clients);
        report.put("requests", sorted.size());
        report.put("distinctQuestions", distinct);
        report.put("errors", errors);
        report.put("seconds", Math.round(seconds * 100) / 100.0);
        report.put("throughputPerSecond", Math.round(sorted.size() / seconds * 10) / 10.0);
        Map<String, Object> latency = new LinkedHashMap<>();
        for (double p : new double[] {50, 90, 95, 99, 100}) {
            long micros2 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1,
                    Math.ceil(p / 100 * sorted.size()) - 1));
            latency.put("p" + (int) p, Math.round(micros2 / 100.0) / 10.0);
        }
        report.put("latencyMs", latency);
        return report;
    }

    private List<String> loadQuestions(String base) throws Exception {
        if (questions != null) {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(questions)) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line).path("question").asText());
                }
            }
            return lines;
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/suggestions")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> suggested = new ArrayList<>();
        JSON.readTree(response.body()).forEach(q -> {
            suggested.add(q.path("zh").asText());
            suggested.add(q.path("en").asText());
        });
        if (suggested.isEmpty()) {
            throw new IllegalStateException("The server suggests no questions; pass --questions FILE.jsonl");
        }
        return suggested;
    }
}
