package org.policygraph.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/** Request counts by route and status, and a latency histogram by route, rendered as Prometheus text. */
final class RequestMetrics {
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, AtomicLong> counts = new ConcurrentSkipListMap<>();
    private final Map<String, Latency> latencies = new ConcurrentSkipListMap<>();
    private final AtomicLong rateLimited = new AtomicLong();

    void record(String method, String route, int status, double seconds) {
        String labels = "method=\"" + method + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"";
        counts.computeIfAbsent(labels, key -> new AtomicLong()).incrementAndGet();
        latencies.computeIfAbsent("route=\"" + escape(route) + "\"", key -> new Latency()).observe(seconds);
    }

    void countRateLimited() {
        rateLimited.incrementAndGet();
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP policygraph_http_requests_total HTTP requests by method, route and status.\n")
                .append("# TYPE policygraph_http_requests_total counter\n");
        counts.forEach((labels, n) -> out.append("policygraph_http_requests_total{").append(labels).append("} ")
                .append(n.get()).append('\n'));
        out.append("# HELP policygraph_http_request_duration_seconds Time to handle a request, by route.\n")
                .append("# TYPE policygraph_http_request_duration_seconds histogram\n");
        latencies.forEach((labels, latency) -> latency.render(labels, out));
        out.append("# HELP policygraph_http_rate_limited_total Requests refused with 429.\n")
                .append("# TYPE policygraph_http_rate_limited_total counter\n")
                .append("policygraph_http_rate_limited_total ").append(rateLimited.get()).append('\n');
        return out.toString();
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static final class Latency {
        private final AtomicLong[] buckets = new AtomicLong[BUCKETS.length];
        private final AtomicLong count = new AtomicLong();
        private final DoubleAdder sum = new DoubleAdder();

        Latency() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new AtomicLong();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].incrementAndGet();
                }
            }
            count.incrementAndGet();
            sum.add(seconds);
        }

        void render(String labels, StringBuilder out) {
            String name = "policygraph_http_request_duration_seconds";
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append(name).append("_bucket{").append(labels).append(",le=\"").append(BUCKETS[i]).append("\"} ")
                        .append(buckets[i].get()).append('\n');
            }
            out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(count.get()).append('\n');
            out.append(name).append("_sum{").append(labels).append("} ").append(sum.sum()).append('\n');
            out.append(name).append("_count{").append(labels).append("} ").append(count.get()).append('\n');
        }
    }
}
