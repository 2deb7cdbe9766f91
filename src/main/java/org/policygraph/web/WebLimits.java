package org.policygraph.web;

/**
 * Limits of the HTTP API: question length in characters, request body in bytes, and the per-client-IP token
 * bucket (refill per second and burst; a refill of 0 or less turns rate limiting off, e.g. for {@code bench}).
 */
public record WebLimits(int maxQuestionChars, int maxBodyBytes, double requestsPerSecond, int burst) {
    public static WebLimits defaults() {
        return new WebLimits(8 * 1024, 64 * 1024, 20, 60);
    }

    public boolean rateLimited() {
        return requestsPerSecond > 0;
    }
}
