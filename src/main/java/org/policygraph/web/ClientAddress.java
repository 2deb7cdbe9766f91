package org.policygraph.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * Who a request comes from, for the per-client rate limit: the connection's address, unless that address is one of
 * the trusted proxies (PA_TRUSTED_PROXIES, exact addresses): then the nearest address in X-Forwarded-For that is not
 * itself a trusted proxy (read from the right, as each proxy appends the address it saw). A client cannot choose its
 * bucket by sending the header itself: from any other address the header is ignored.
 */
final class ClientAddress {
    private static final int MAX_HOPS = 20;
    private final Set<String> trusted;

    ClientAddress(List<String> trustedProxies) {
        this.trusted = Set.copyOf(trustedProxies);
    }

    String of(Context ctx) {
        String remote = ctx.req().getRemoteAddr();
        if (!trusted.contains(remote)) {
            return remote;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        String nearest = remote;
        for (int i = hops.length - 1; i >= Math.max(0, hops.length - MAX_HOPS); i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            nearest = hop;
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return nearest;
    }
}
