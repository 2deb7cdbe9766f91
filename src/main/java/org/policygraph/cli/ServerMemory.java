package org.policygraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.policygraph.web.ProcessMemory;

/** The server's heap and resident memory in MiB, for bench's report; a figure not to be had is "unavailable". */
final class ServerMemory {
    private static final double MIB = 1024 * 1024;

    private ServerMemory() {
    }

    /** The server runs in this JVM (with the bench clients, a small part of it). */
    static Map<String, Object> inProcess() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return report("in-process", OptionalLong.of(heap.getUsed()), OptionalLong.of(heap.getCommitted()),
                ProcessMemory.residentBytes(), ProcessMemory.peakResidentBytes());
    }

    /** Read from the server's GET /metrics (Prometheus text). */
    static Map<String, Object> fromMetrics(HttpClient http, String baseUrl) {
        String metrics;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Map.of("source", "unavailable: GET /metrics answered " + response.statusCode());
            }
            metrics = response.body();
        } catch (Exception e) {
            return Map.of("source", "unavailable: GET /metrics failed (" + e.getClass().getSimpleName() + ")");
        }
        return report("GET /metrics", sum(metrics, "jvm_memory_used_bytes", "area=\"heap\""),
                sum(metrics, "jvm_memory_committed_bytes", "area=\"heap\""),
                sum(metrics, "process_resident_memory_bytes", ""), sum(metrics, "process_resident_memory_peak_bytes", ""));
    }

    /** The sum of the samples of {@code metric} whose labels contain {@code label}; empty when there are none. */
    static OptionalLong sum(String metrics, String metric, String label) {
        double total = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            String name = line.split("[{ ]", 2)[0];
            if (name.equals(metric) && line.contains(label)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? OptionalLong.of((long) total) : OptionalLong.empty();
    }

    private static Map<String, Object> report(String source, OptionalLong heapUsed, OptionalLong heapCommitted,
                                              OptionalLong rss, OptionalLong rssPeak) {
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("source", source);
        memory.put("heapUsedMiB", mib(heapUsed));
        memory.put("heapCommittedMiB", mib(heapCommitted));
        memory.put("rssMiB", mib(rss));
        memory.put("rssPeakMiB", mib(rssPeak));
        return memory;
    }

    private static Object mib(OptionalLong bytes) {
        return bytes.isPresent() ? Math.round(bytes.getAsLong() / MIB * 10) / 10.0 : "unavailable";
    }
}
