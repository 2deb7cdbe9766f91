package org.policygraph.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a bench run got back: the latency of every answer (200), and every other outcome by HTTP status ("429"
 * counted apart, as the rate limiter's and not the server's failure) or "connection" when no response came.
 * Throughput and latency are of the answers alone. Thread-safe.
 */
final class BenchTally {
    private final List<Long> answerMicros = new ArrayList<>();
    private final Map<String, Integer> refusals = new TreeMap<>();
    private int rateLimited;

    synchronized void response(int status, long micros) {
        if (status == 200) {
            answerMicros.add(micros);
        } else if (status == 429) {
            rateLimited++;
        } else {
            refusals.merge(String.valueOf(status), 1, Integer::sum);
        }
    }

    synchronized void noResponse() {
        refusals.merge("connection", 1, Integer::sum);
    }

    synchronized int errors() {
        return refusals.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int rateLimited() {
        return rateLimited;
    }

    synchronized Map<String, Object> report(double seconds) {
        List<Long> sorted = new ArrayList<>(answerMicros);
        Collections.sort(sorted);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("requests", sorted.size() + rateLimited + errors());
        report.put("answered", sorted.size());
        report.put("rateLimited", rateLimited);
        report.put("errors", errors());
        report.put("errorsByStatus", new TreeMap<>(refusals));
        report.put("seconds", round(seconds, 100));
        report.put("throughputPerSecond", round(sorted.size() / seconds, 10));
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", millis(percentile(sorted, 50)));
        latency.put("p95", millis(percentile(sorted, 95)));
        latency.put("p99", millis(percentile(sorted, 99)));
        latency.put("max", millis(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)));
        report.put("latencyMs", latency);
        return report;
    }

    /** Nearest rank: the smallest value with at least p percent of the values at or below it. */
    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.max(0, Math.ceil(p / 100 * sorted.size()) - 1));
    }

    private static double millis(long micros) {
        return round(micros / 1000.0, 10);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
