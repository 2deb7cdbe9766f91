package org.policygraph.web;

import java.util.List;

/**
 * Limits of the HTTP API: question length in characters, request body in bytes, the per-client-IP token bucket
 * (refill per second and burst; either 0 turns rate limiting off, e.g. for {@code bench}), and the trusted proxies
 * (PA_TRUSTED_PROXIES) whose X-Forwarded-For names the client ({@link ClientAddress}).
 */
public record WebLimits(int maxQuestionChars, int maxBodyBytes, double requestsPerSecond, int burst,
                        List<String> trustedProxies) {
    public WebLimits {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** No trusted proxy: every client is the address it connects from. */
    public WebLimits(int maxQuestionChars, int maxBodyBytes, double requestsPerSecond, int burst) {
        this(maxQuestionChars, maxBodyBytes, requestsPerSecond, burst, List.of());
    }

    /** 20 requests a second, bursts of 60: the defaults of PA_RATE_LIMIT and PA_RATE_BURST. */
    public static WebLimits defaults() {
        return new WebLimits(8 * 1024, 64 * 1024, 20, 60);
    }

    public WebLimits withRate(double perSecond, int newBurst) {
        return new WebLimits(maxQuestionChars, maxBodyBytes, perSecond, newBurst, trustedProxies);
    }

    /** Addresses whose X-Forwarded-For is believed (exact addresses as the server sees them). */
    public WebLimits withTrustedProxies(List<String> addresses) {
        return new WebLimits(maxQuestionChars, maxBodyBytes, requestsPerSecond, burst, addresses);
    }

    public boolean rateLimited() {
        return requestsPerSecond > 0 && burst > 0;
    }
}
