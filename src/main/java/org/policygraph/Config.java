package org.policygraph;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings read once from environment variables; every variable is listed in the README.
 * {@code neo4jUri} null means: start the embedded store in {@code dataDir} with Bolt on {@code boltPort}.
 * {@code apiToken} (PA_API_TOKEN), when set, is the bearer token that /v1 and /mcp require; {@code corsOrigins}
 * (PA_CORS_ORIGINS, comma-separated) the other origins whose pages may call the API (null: none);
 * {@code storePassword} (PA_STORE_PASSWORD) the embedded store's password (null: the one kept in the data directory).
 */
public record Config(String neo4jUri, String neo4jUser, String neo4jPassword, String neo4jDatabase,
                     Path dataDir, int boltPort, String host, int port, String adminToken,
                     String llmBaseUrl, String llmModel, String llmApiKey, String apiToken,
                     String corsOrigins, String storePassword) {

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
                blankToNull(env.get("PA_STORE_PASSWORD")));
    }

    public Config withServer(String newHost, int newPort) {
        return new Config(neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase, dataDir, boltPort, newHost, newPort,
                adminToken, llmBaseUrl, llmModel, llmApiKey, apiToken, corsOrigins, storePassword);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
