package org.policygraph.web;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * What /v1 and /mcp check before a handler runs: the Origin (a browser page of another site is refused, as the MCP
 * specification asks against DNS rebinding; clients that send no Origin, and origins PA_CORS_ORIGINS allows, pass) and the bearer token when
 * PA_API_TOKEN is set. Refusals are JSON errors like every other (OpenAI's shape on /v1).
 */
final class ApiGate {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final String token;
    private final CorsPolicy cors;

    ApiGate(String token, CorsPolicy cors) {
        this.token = token;
        this.cors = cors;
    }

    void check(Context ctx) {
        checkOrigin(ctx.header("Origin"), ctx.host());
        checkToken(ctx.header("Authorization"));
    }

    private void checkOrigin(String origin, String hostHeader) {
        if (origin == null || origin.isBlank() || cors.allows(origin)) {
            return;
        }
        String host = hostOf(origin);
        String served = hostHeader == null ? "" : hostHeader.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        if (host == null || !(LOOPBACK.contains(host) || host.equals(served))) {
            throw new ApiException(403, "forbidden_origin", "Requests from the origin " + origin + " are not allowed.");
        }
    }

    private void checkToken(String header) {
        if (token == null) {
            return;
        }
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
                : "";
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "invalid_api_key", "Send the API token (PA_API_TOKEN) as Authorization: Bearer <token>.");
        }
    }

    private static String hostOf(String origin) {
        try {
            String host = URI.create(origin.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
