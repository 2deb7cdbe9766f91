package org.policygraph.web.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;

/** Our /v1 spoken to by a client no one here wrote: LangChain4j's OpenAI models, on the real product. */
class OpenAiApiIT {
    private static final String QUESTION = "中欧班列(郑州)+跨境电商这项工作谁牵头？";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static OpenAiChatModel model(String name) {
        return OpenAiChatModel.builder().baseUrl(TestGraph.product().baseUrl() + "/v1").apiKey("unused")
                .modelName(name).maxRetries(0).build();
    }

    @Test
    void should_answer_through_langchain4j_with_the_lead_and_numbered_references() {
        String answer = model("policygraph").chat(QUESTION);

        assertThat(answer).contains("市口岸办").contains("参考文件：").contains("[1] ").containsPattern("〔\\d{4}〕\\d+号");
    }

    @Test
    void should_resolve_a_follow_up_from_the_history_against_the_same_task() {
        OpenAiChatModel model = model("policygraph");
        String first = model.chat(QUESTION);
        List<ChatMessage> history = List.of(UserMessage.from(QUESTION), AiMessage.from(first),
                UserMessage.from("还有哪些单位配合？"));

        ChatResponse followUp = model.chat(history);
        String alone = model.chat("还有哪些单位配合？");

        assertThat(followUp.aiMessage().text()).isNotEqualTo(alone).contains("郑州国际陆港公司");
        assertThat(references(followUp.aiMessage().text())).containsAnyElementsOf(references(first));
    }

    @Test
    void should_stream_the_answer_in_several_chunks_through_langchain4j() throws Exception {
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
                .baseUrl(TestGraph.product().baseUrl() + "/v1").apiKey("unused").modelName("policygraph").build();
        List<String> pieces = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        model.chat(QUESTION, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.add(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(60, TimeUnit.SECONDS);

        assertThat(pieces).hasSizeGreaterThan(3);
        assertThat(String.join("", pieces)).isEqualTo(response.aiMessage().text()).contains("市口岸办");
    }

    @Test
    void should_refuse_an_unknown_model_with_openai_s_404_which_langchain4j_reads_as_model_not_found() {
        assertThatThrownBy(() -> model("gpt-4o").chat(QUESTION)).isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("gpt-4o");
    }

    @Test
    void should_refuse_empty_messages_with_openai_s_error_shape() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"policygraph\",\"messages\":[]}");
        JsonNode error = JSON.readTree(response.body()).get("error");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).isEqualTo("messages");
        assertThat(error.get("code").asText()).isEqualTo("empty_messages");
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void should_refuse_a_history_ending_with_the_assistant_as_a_bad_request_through_langchain4j() {
        List<ChatMessage> history = List.of(UserMessage.from(QUESTION), AiMessage.from("…"));

        assertThatThrownBy(() -> model("policygraph").chat(history)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void should_list_the_rule_model_and_carry_references_in_the_raw_response() throws Exception {
        HttpResponse<String> models = send(HttpRequest.newBuilder(uri("/v1/models")).GET().build());
        JsonNode completion = JSON.readTree(post("{\"model\":\"policygraph\",\"messages\":[{\"role\":\"user\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"" + QUESTION + "\"}]}]}").body());

        assertThat(JSON.readTree(models.body()).get("data").get(0).get("id").asText()).isEqualTo("policygraph");
        assertThat(completion.get("object").asText()).isEqualTo("chat.completion");
        assertThat(completion.get("references").get(0).get("docNo").asText()).containsPattern("〔\\d{4}〕\\d+号");
        assertThat(completion.get("references").get(0).get("index").asInt()).isEqualTo(1);
    }

    private static List<String> references(String text) {
        int at = text.indexOf("参考文件：");
        return at < 0 ? List.of() : List.of(text.substring(at).split("\n")).subList(1, text.substring(at).split("\n").length)
                .stream().map(line -> line.replaceFirst("^\\[\\d+] ", "")).toList();
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return send(HttpRequest.newBuilder(uri("/v1/chat/completions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create(TestGraph.product().baseUrl() + path);
    }
}
