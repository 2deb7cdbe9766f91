package org.policygraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed loop over POST /api/chat: each client sends its next question only when the last one is answered, until
 * {@code requests} have been sent in all, or until {@code duration} is over. Questions go round the pool in order.
 */
final class BenchLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI chat;
    private final List<String> questions;
    private final Map<String, String> headers;

    BenchLoad(HttpClient http, String baseUrl, List<String> questions, Map<String, String> headers) {
        this.http = http;
        this.chat = URI.create(baseUrl + "/api/chat");
        this.questions = questions;
        this.headers = headers;
    }

    /** Exactly one of {@code requests} and {@code duration} is non-null. Returns the elapsed seconds. */
    double run(int clients, Integer requests, Duration duration, BenchTally tally) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = duration == null ? Long.MAX_VALUE : start + duration.toNanos();
        Callable<Void> client = () -> {
            for (int i = next.getAndIncrement(); requests != null ? i < requests : System.nanoTime() < deadline;
                    i = next.getAndIncrement()) {
                send(questions.get(i % questions.size()), tally);
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(client));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void send(String question, BenchTally tally) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(chat).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(question)));
        headers.forEach(request::header);
        long t0 = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            tally.response(response.statusCode(), (System.nanoTime() - t0) / 1000);
        } catch (IOException e) {
            tally.noResponse();
        }
    }

    private static String body(String question) {
        try {
            return JSON.writeValueAsString(Map.of("question", question));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
