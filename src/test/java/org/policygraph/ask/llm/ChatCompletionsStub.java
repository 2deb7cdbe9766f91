package org.policygraph.ask.llm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** A local server speaking the OpenAI chat-completions protocol, replying from a script and recording requests. */
final class ChatCompletionsStub implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    ChatCompletionsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Reply reply = script.isEmpty() ? new Reply(500, "{\"error\":{\"message\":\"no script\"}}") : script.poll();
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    ChatCompletionsStub replyText(String content) {
        return reply(Map.of("role", "assistant", "content", content), "stop");
    }

    ChatCompletionsStub replyToolCall(String tool, Map<String, String> arguments) throws IOException {
        Map<String, Object> call = Map.of("id", "call_1", "type", "function",
                "function", Map.of("name", tool, "arguments", JSON.writeValueAsString(arguments)));
        return reply(Map.of("role", "assistant", "tool_calls", List.of(call)), "tool_calls");
    }

    ChatCompletionsStub replyError() {
        script.add(new Reply(500, "{\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\"}}"));
        return this;
    }

    List<String> requests() {
        return requests;
    }

    private ChatCompletionsStub reply(Map<String, Object> message, String finishReason) {
        Map<String, Object> completion = Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1_700_000_000,
                "model", "stub-model",
                "choices", List.of(Map.of("index", 0, "message", message, "finish_reason", finishReason)),
                "usage", Map.of("prompt_tokens", 10, "completion_tokens", 5, "total_tokens", 15));
        try {
            script.add(new Reply(200, JSON.writeValueAsString(completion)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
