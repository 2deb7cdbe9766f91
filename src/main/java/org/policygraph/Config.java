package org.policygraph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings read once from environment variables; every variable is listed in the README.
 * {@code neo4jUri} null means: start the embedded store in {@code dataDir} with Bolt on {@code boltPort}.
 * {@code apiToken} (PA_API_TOKEN), when set, is the bearer token that /v1 and /mcp require; {@code corsOrigins}
 * (PA_CORS_ORIGINS, comma-separated) the other origins whose pages may call the API (null: none);
 * {@code storePassword} (PA_STORE_PASSWORD) the embedded store's password (null: the one kept in the data directory);
 * {@code rateLimit} and {@code rateBurst} (PA_RATE_LIMIT, PA_RATE_BURST) the per-client-IP requests per second and
 * burst of serve (either 0: no limit); {@code cache} false (PA_CACHE=off) answers every question without caches;
 * {@code trustedProxies} (PA_TRUSTED_PROXIES, comma-separated addresses) the proxies whose X-Forwarded-For is believed.
 */
public record Config(String neo4jUri, String neo4jUser, String neo4jPassword, String neo4jDatabase,
                     Path dataDir, int boltPort, String host, int port, String adminToken,
                     String llmBaseUrl, String llmModel, String llmApiKey, String apiToken,
                     String corsOrigins, String storePassword, double rateLimit, int rateBurst,
                     boolean cache, List<String> trustedProxies) {
    public static final double DEFAULT_RATE_LIMIT = 20;
    public static final int DEFAULT_RATE_BURST = 60;

    public static Config fromEnv() {
        return fromMap(System.getenv());
    }

    public static Config fromMap(Map<String, String> env) {
        String uri = blankToNull(env.get("NEO4J_URI"));
        String password = env.get("NEO4J_PASSWORD");
        if (uri != null && password == null) {
            throw new IllegalStateException("NEO4J_URI is set but NEO4J_PASSWORD is missing");
        }
        return new Config(uri,
                env.getOrDefault("NEO4J_USER", "neo4j"),
                password,
                env.getOrDefault("NEO4J_DATABASE", "neo4j"),
                Path.of(env.getOrDefault("PA_DATA_DIR", "data")),
                intOf(env, "PA_BOLT_PORT", 7687),
                env.getOrDefault("PA_HOST", "127.0.0.1"),
                intOf(env, "PA_PORT", 7070),
                blankToNull(env.get("PA_ADMIN_TOKEN")),
                blankToNull(env.get("PA_LLM_BASE_URL")),
                blankToNull(env.get("PA_LLM_MODEL")),
                blankToNull(env.get("PA_LLM_API_KEY")),
                blankToNull(env.get("PA_API_TOKEN")),
                blankToNull(env.get("PA_CORS_ORIGINS")),
                blankToNull(env.get("PA_STORE_PASSWORD")),
                atLeastZero("PA_RATE_LIMIT", numberOf(env, "PA_RATE_LIMIT", DEFAULT_RATE_LIMIT)),
                (int) atLeastZero("PA_RATE_BURST", intOf(env, "PA_RATE_BURST", DEFAULT_RATE_BURST)),
                switchOf(env, "PA_CACHE"),
                listOf(env, "PA_TRUSTED_PROXIES"));
    }

    public Config withServer(String newHost, int newPort) {
        return new Config(neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase, dataDir, boltPort, newHost, newPort,
                adminToken, llmBaseUrl, llmModel, llmApiKey, apiToken, corsOrigins, storePassword, rateLimit, rateBurst,
                cache, trustedProxies);
    }

    public Config withCache(boolean on) {
        return new Config(neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase, dataDir, boltPort, host, port,
                adminToken, llmBaseUrl, llmModel, llmApiKey, apiToken, corsOrigins, storePassword, rateLimit, rateBurst,
                on, trustedProxies);
    }

    public boolean embedded() {
        return neo4jUri == null;
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a number, got '" + value + "'");
        }
    }

    private static double numberOf(Map<String, String> env, String name, double fallback) {
        String value = blankToNull(env.get(name));
        try {
            return value == null ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a number, got '" + value + "'");
        }
    }

    private static double atLeastZero(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalStateException(name + " must be 0 (off) or more, got " + value);
        }
        return value;
    }

    /** on unless set to off (or false, 0). */
    private static boolean switchOf(Map<String, String> env, String name) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return true;
        }
        return switch (value.trim().toLowerCase()) {
            case "on", "true", "1" -> true;
            case "off", "false", "0" -> false;
            default -> throw new IllegalStateException(name + " must be on or off, got '" + value + "'");
        };
    }

    /** A comma-separated list, empty when unset. */
    private static List<String> listOf(Map<String, String> env, String name) {
        String value = blankToNull(env.get(name));
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
