package org.policygraph.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other origins' browser pages may call the API (PA_CORS_ORIGINS, exact origins such as
 * {@code https://intranet.example}; none by default). An allowed origin gets the CORS headers and its preflight a 204;
 * the preflight of any other origin is refused with 403, and its requests get no CORS header, so that the browser
 * shows the page nothing.
 */
public record CorsPolicy(Set<String> origins) {
    public static CorsPolicy none() {
        return new CorsPolicy(Set.of());
    }

    /** From a comma-separated list; blank or null: none. */
    public static CorsPolicy of(String list) {
        if (list == null || list.isBlank()) {
            return none();
        }
        return new CorsPolicy(Arrays.stream(list.split(",")).map(CorsPolicy::canonical).filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(canonical(origin));
    }

    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        boolean preflight = ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
        if (allows(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin.strip());
            ctx.header("Vary", "Origin");
            if (preflight) {
                ctx.header("Access-Control-Allow-Methods", "GET, POST");
                ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization");
                ctx.header("Access-Control-Max-Age", "600");
                ctx.status(204);
                ctx.skipRemainingHandlers();
            }
        } else if (preflight) {
            throw new ApiException(403, "forbidden_origin", "Cross-origin requests from " + origin.strip()
                    + " are not allowed; the server lists the origins it allows in PA_CORS_ORIGINS.");
        }
    }

    private static String canonical(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
