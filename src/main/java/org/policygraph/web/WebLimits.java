package org.policygraph.web;

/**
 * Limits of the HTTP API: question length in characters, request body in bytes, and the per-client-IP token
 * bucket (refill per second and burst; either 0 turns rate limiting off, e.g. for {@code bench}).
 */
public record WebLimits(int maxQuestionChars, int maxBodyBytes, double requestsPerSecond, int burst) {
    /** 20 requests a second, bursts of 60: the defaults of PA_RATE_LIMIT and PA_RATE_BURST. */
    public static WebLimits defaults() {
        return new WebLimits(8 * 1024, 64 * 1024, 20, 60);
    }

    public WebLimits withRate(double perSecond, int newBurst) {
        return new WebLimits(maxQuestionChars, maxBodyBytes, perSecond, newBurst);
    }

    public boolean rateLimited() {
        return requestsPerSecond > 0 && burst > 0;
    }
}
