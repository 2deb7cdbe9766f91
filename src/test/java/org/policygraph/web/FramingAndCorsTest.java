package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No site may frame the page; no other origin gets CORS unless PA_CORS_ORIGINS names it. */
class FramingAndCorsTest {
    private static final String OTHER = "https://evil.example";
    private static final String INTRANET = "https://intranet.example";

    @Test
    void should_forbid_framing_of_the_page_and_of_the_api() throws Exception {
        try (TestServer server = new TestServer()) {
            for (String path : new String[] {"/", "/api/documents", "/no-such-page"}) {
                HttpResponse<String> response = server.get(path);

                assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
                assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                        .contains("frame-ancestors 'none'");
            }
        }
    }

    @Test
    void should_give_no_cors_headers_to_any_origin_by_default() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<String> simple = server.get("/api/documents", Map.of("Origin", OTHER));
            HttpResponse<String> preflight = preflight(server, OTHER);

            assertThat(simple.statusCode()).isEqualTo(200);
            assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertError(preflight, 403, "forbidden_origin");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        }
    }

    @Test
    void should_allow_exactly_the_configured_origins() throws Exception {
        try (TestServer server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0, 0), Uploads.disabled(), null,
                CorsPolicy.of(INTRANET + "/, https://other.example"))) {
            HttpResponse<String> allowed = preflight(server, INTRANET);
            HttpResponse<String> chat = server.post("/api/chat", Map.of("Origin", INTRANET,
                    "Content-Type", "application/json"), "{\"question\":\"中欧班列谁牵头？\"}".getBytes("UTF-8"));
            HttpResponse<String> other = preflight(server, OTHER);

            assertThat(allowed.statusCode()).isEqualTo(204);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(INTRANET);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("POST");
            assertThat(chat.statusCode()).isEqualTo(200);
            assertThat(chat.headers().firstValue("Access-Control-Allow-Origin")).contains(INTRANET);
            assertError(other, 403, "forbidden_origin");
        }
    }

    private static HttpResponse<String> preflight(TestServer server, String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
