package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;

/** The real product (embedded Neo4j, the shipped corpus, the real asker) reads questions as people meant them. */
class InputHygieneIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String QUESTION = "中欧班列(郑州)+跨境电商这项工作谁牵头？";

    @Test
    void should_refuse_four_invisible_questions_with_400_empty_question() throws Exception {
        for (String invisible : new String[] {"\\u200b", "\\u0000", "\\ufeff\\u3000", "\\ud800"}) {
            assertError(chat("{\"question\":\"" + invisible + "\"}"), 400, "empty_question");
        }
    }

    @Test
    void should_answer_a_question_with_invisible_characters_as_the_question_without_them() throws Exception {
        JsonNode plain = JSON.readTree(chat("{\"question\":\"" + QUESTION + "\"}").body());
        JsonNode dirty = JSON.readTree(chat("{\"question\":\"\\ufeff中欧班列\\u200b(郑州)+跨境电商\\u0000这项工作谁牵头？\\u3000\"}")
                .body());

        assertThat(dirty.get("answer").asText()).isEqualTo(plain.get("answer").asText()).contains("市口岸办");
        assertThat(dirty.get("citations")).isEqualTo(plain.get("citations"));
    }

    @Test
    void should_not_follow_up_on_a_conversation_it_never_started() throws Exception {
        JsonNode stranger = JSON.readTree(chat("{\"question\":\"还有哪些单位配合？\",\"conversationId\":\"made-up-7\"}")
                .body());

        assertThat(stranger.get("newConversation").asBoolean()).isTrue();
        assertThat(stranger.get("conversationId").asText()).isNotEqualTo("made-up-7");
        assertThat(stranger.get("notice").asText()).contains("made-up-7");
    }

    private static HttpResponse<String> chat(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestGraph.product().baseUrl() + "/api/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
