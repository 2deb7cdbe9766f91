package org.policygraph.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Whether a request carries the admin token (PA_ADMIN_TOKEN) as {@code Authorization: Bearer <token>}. */
final class AdminToken {
    private AdminToken() {
    }

    /** None set (null) admits nobody. */
    static boolean admits(String token, String authorizationHeader) {
        String given = authorizationHeader != null && authorizationHeader.startsWith("Bearer ")
                ? authorizationHeader.substring(7).strip() : "";
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
