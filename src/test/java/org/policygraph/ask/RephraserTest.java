package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The optional language model, against a local server speaking the OpenAI chat-completions protocol. */
class RephraserTest {
    private static final String COMPOSED = "牵头单位：市安监局（文件明确由其牵头）。\n出处：郑政办〔2017〕24号";
    private final AtomicReference<String> reply = new AtomicReference<>();
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private HttpServer server;

    private Rephraser rephraser() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = completion(reply.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Rephraser.openAiCompatible("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "test-model", "key");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void should_use_the_models_wording_when_it_keeps_the_document_number() throws IOException {
        reply.set("智慧安全应急建设由市安监局牵头，见郑政办〔2017〕24号。");

        String answer = rephraser().rephrase("智慧安全应急建设归哪个部门牵头", COMPOSED, Language.ZH);

        assertThat(answer).isEqualTo("智慧安全应急建设由市安监局牵头，见郑政办〔2017〕24号。");
        assertThat(received.get()).contains("智慧安全应急建设归哪个部门牵头", "test-model");
    }

    @Test
    void should_keep_the_composed_answer_when_the_model_drops_the_document_number() throws IOException {
        reply.set("由市安监局牵头。");

        assertThat(rephraser().rephrase("智慧安全应急建设归哪个部门牵头", COMPOSED, Language.ZH)).isEqualTo(COMPOSED);
    }

    @Test
    void should_keep_the_composed_answer_when_the_model_fails() throws IOException {
        status.set(500);
        reply.set("error");

        assertThat(rephraser().rephrase("智慧安全应急建设归哪个部门牵头", COMPOSED, Language.ZH)).isEqualTo(COMPOSED);
    }

    private static String completion(String content) throws IOException {
        var message = java.util.Map.of("role", "assistant", "content", content);
        var choice = java.util.Map.of("index", 0, "message", message, "finish_reason", "stop");
        return new ObjectMapper().writeValueAsString(java.util.Map.of("id", "chatcmpl-1", "object", "chat.completion",
                "created", 1, "model", "test-model", "choices", java.util.List.of(choice),
                "usage", java.util.Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
    }
}
