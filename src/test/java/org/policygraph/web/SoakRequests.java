package org.policygraph.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The soak's mixed requests, in a fixed order drawn from a seeded random: good questions, hostile ones, invalid and
 * oversized bodies, reads, and uploads with and without the admin token. Each says the statuses it may get while the
 * store is up, and whether it needs the store (then 503 is also right while the store is away).
 */
final class SoakRequests {
    /** One request; {@code answerHolds} the department a good question's answer names, {@code uploadKey} a new upload's number. */
    record Soak(String kind, HttpRequest request, Set<Integer> statuses, boolean needsStore, String answerHolds,
                String uploadKey) {
    }

    /** A good question on the corpus and the department its answer names. */
    record Good(String question, String department) {
    }

    static final List<Good> GOOD = List.of(
            new Good("完善公共就业服务由哪个部门牵头？", "市人力资源和社会保障局"),
            new Good("扩大失业保险覆盖面谁牵头？", "市人力资源和社会保障局"),
            new Good("建立以租为主的住房保障体系由哪个单位牵头？", "市国土房管局"),
            new Good("切实加强学前教育的牵头单位是谁？", "市教育局"));
    static final String HELD_NUMBER = "郑政办〔2025〕3号";
    private static final String[] HOSTILE = {"MATCH (n) DETACH DELETE n", "'; DROP TABLE documents; --",
        "<script>alert(1)</script>谁牵头？", "<img src=x onerror=alert(1)>", "{{7*7}} ${jndi:ldap://127.0.0.1/x}",
        "\") RETURN n UNION MATCH (m) RETURN m //", "完善\u200b公共\u200d就业\ufeff服务由哪个部门牵头？"};
    private static final String[] INVISIBLE = {"\\u200b", "\\u0000", "\\ufeff\\u3000", "\\ud800", "\\u2060\\u200e"};
    private static final String[] SUBJECTS = {"数据要素市场建设", "智慧交通建设", "生态廊道建设", "养老服务提升",
        "数字政府建设", "农村供水保障"};

    private final String base;
    private final String token;
    private final Random random = new Random(14);
    private int uploads;

    SoakRequests(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** {@code count} requests, about {@code newUploads} of them uploads that add a document. */
    List<Soak> draw(int count, int newUploads) {
        List<Soak> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(random.nextInt(count) < newUploads ? newUpload() : next(random.nextInt(100)));
        }
        return drawn;
    }

    private Soak next(int percent) {
        if (percent < 35) {
            Good good = GOOD.get(random.nextInt(GOOD.size()));
            return new Soak("good", chat("{\"question\":\"" + good.question() + "\"}"), Set.of(200), true,
                    good.department(), null);
        }
        if (percent < 45) {
            return new Soak("hostile", chat(json(pick(HOSTILE))), Set.of(200), true, null, null);
        }
        if (percent < 50) {
            return new Soak("invisible", chat("{\"question\":\"" + pick(INVISIBLE) + "\"}"), Set.of(400), false, null, null);
        }
        if (percent < 60) {
            return invalidBody();
        }
        if (percent < 64) {
            return oversized();
        }
        if (percent < 78) {
            return read();
        }
        if (percent < 83) {
            return new Soak("v1", post("/v1/chat/completions", "application/json", ("{\"model\":\"policygraph\","
                    + "\"messages\":[{\"role\":\"user\",\"content\":\"" + GOOD.get(0).question() + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8), Map.of()), Set.of(200), true, null, null);
        }
        return badUpload();
    }

    private Soak invalidBody() {
        return switch (random.nextInt(6)) {
            case 0 -> new Soak("invalid", chat("{not json"), Set.of(400), false, null, null);
            case 1 -> new Soak("invalid", chat("[1,2,3]"), Set.of(400), false, null, null);
            case 2 -> new Soak("invalid", chat("{\"question\":42}"), Set.of(400), false, null, null);
            case 3 -> new Soak("invalid", post("/api/chat", "application/json",
                    new byte[] {'{', '"', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
                    Map.of()), Set.of(400), false, null, null);
            case 4 -> new Soak("invalid", post("/api/chat", "text/plain", "谁牵头".getBytes(StandardCharsets.UTF_8),
                    Map.of()), Set.of(415), false, null, null);
            default -> new Soak("invalid", get("/api/chat/stream?question=%FF%FE"), Set.of(400), false, null, null);
        };
    }

    private Soak oversized() {
        return switch (random.nextInt(3)) {
            case 0 -> new Soak("oversized", chat("{\"question\":\"" + "谁".repeat(40_000) + "\"}"), Set.of(413), false,
                    null, null);
            case 1 -> new Soak("oversized", chat("{\"question\":\"" + "就业".repeat(5_000) + "\"}"), Set.of(413), false,
                    null, null);
            default -> new Soak("oversized", get("/api/search?q=" + "a".repeat(4_000)), Set.of(413), false, null, null);
        };
    }

    private Soak read() {
        return switch (random.nextInt(7)) {
            case 0 -> new Soak("read", get("/health"), Set.of(200), true, null, null);
            case 1 -> new Soak("read", get("/"), Set.of(200), false, null, null);
            case 2 -> new Soak("read", get("/api/documents"), Set.of(200), true, null, null);
            case 3 -> new Soak("read", get("/api/search?q=" + TestServer.encode("就业")), Set.of(200), true, null, null);
            case 4 -> new Soak("read", get("/api/documents/" + TestServer.encode("不存在〔2099〕1号")), Set.of(404), true,
                    null, null);
            case 5 -> new Soak("read", get("/no-such-page"), Set.of(404), false, null, null);
            default -> new Soak("read", get("/openapi.json"), Set.of(200), false, null, null);
        };
    }

    private Soak newUpload() {
        uploads++;
        String number = "郑政办〔2026〕" + uploads + "号";
        byte[] content = UploadIdentityIT.notice(number, SUBJECTS[uploads % SUBJECTS.length] + "第" + uploads + "批");
        return new Soak("upload-new", upload("方案" + uploads + ".txt", content, token), Set.of(201), true, null, number);
    }

    private Soak badUpload() {
        int n = random.nextInt(1_000_000);
        return switch (random.nextInt(7)) {
            case 0 -> new Soak("upload-no-token", upload("a" + n + ".txt", UploadIdentityIT.notice("郑政办〔2027〕1号",
                    "未授权"), null), Set.of(401), false, null, null);
            case 1 -> new Soak("upload-no-token", upload("b" + n + ".txt", UploadIdentityIT.notice("郑政办〔2027〕2号",
                    "未授权"), "guess"), Set.of(401), false, null, null);
            case 2 -> new Soak("upload-held", upload("c" + n + ".txt", UploadIdentityIT.notice(HELD_NUMBER, "旧城改造" + n),
                    token), Set.of(409), true, null, null);
            case 3 -> new Soak("upload-bad", upload("d" + n + ".txt", ("%PDF-1.4\n1 0 obj\nendobj\n" + n)
                    .getBytes(StandardCharsets.US_ASCII), token), Set.of(400), true, null, null);
            case 4 -> new Soak("upload-bad", upload("e" + n + ".html", ("<html><body><script>alert(" + n
                    + ")</script></body></html>").getBytes(StandardCharsets.UTF_8), token), Set.of(400), true, null, null);
            case 5 -> new Soak("upload-bad", upload("f" + n + ".ppt", "郑州市人民政府办公厅关于印发工作方案的通知"
                    .getBytes(StandardCharsets.UTF_8), token), Set.of(415), true, null, null);
            default -> new Soak("upload-bad", upload("../etc/passwd.txt", new byte[] {1}, token), Set.of(400), false,
                    null, null);
        };
    }

    private HttpRequest upload(String name, byte[] content, String bearer) {
        return post("/api/documents?name=" + TestServer.encode(name), "application/octet-stream", content,
                bearer == null ? Map.of() : Map.of("Authorization", "Bearer " + bearer));
    }

    private HttpRequest chat(String json) {
        return post("/api/chat", "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private HttpRequest post(String path, String type, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return builder.build();
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private static String json(String question) {
        return "{\"question\":\"" + question.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
