package org.policygraph.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.policygraph.ask.Asker;
import org.policygraph.graph.read.ToolQueries;

/** A WebServer on a free port over the stubs, with a small HTTP client for the tests. */
final class TestServer implements AutoCloseable {
    final StubAsker asker = new StubAsker();
    final StubGraph graph = new StubGraph();
    final WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    TestServer(WebLimits limits, Uploads uploads) {
        this(limits, uploads, (String) null);
    }

    /** With {@code apiToken} (null: none) asked on /v1 and /mcp; the stub asker is the only model. */
    TestServer(WebLimits limits, Uploads uploads, String apiToken) {
        this(limits, uploads, apiToken, CorsPolicy.none());
    }

    TestServer(WebLimits limits, Uploads uploads, String apiToken, CorsPolicy cors) {
        this(limits, uploads, asker -> new ApiOptions(apiToken, ApiOptions.models(asker, null), null, new WebMetrics(), cors));
    }

    /** With /mcp over {@code tools} (queries on a store that is not there: any tool reading it fails). */
    TestServer(WebLimits limits, ToolQueries tools) {
        this(limits, Uploads.disabled(), asker -> new ApiOptions(null, ApiOptions.models(asker, null), tools, new WebMetrics()));
    }

    private TestServer(WebLimits limits, Uploads uploads, Function<Asker, ApiOptions> options) {
        ApiOptions api = options.apply(asker);
        asker.counter = api.metrics();
        server = new WebServer(asker, graph, this::health, limits, uploads, api);
        server.start("127.0.0.1", 0);
    }

    TestServer(WebLimits limits) {
        this(limits, Uploads.disabled());
    }

    TestServer() {
        this(new WebLimits(8 * 1024, 64 * 1024, 0, 0));
    }

    private Map<String, Object> health() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", graph.down ? "down" : "up");
        state.put("documents", 1);
        return state;
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        headers.forEach(request::header);
        return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return post(path, "application/json", json);
    }

    /**
     * A pooled connection the server closed after a refused request may be picked just as it goes: the client then
     * reads no bytes. That is the connection, not the answer, so the request is sent once more on a new one.
     */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
        try {
            return http.send(request, handler);
        } catch (java.io.IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return http.send(request, handler);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
