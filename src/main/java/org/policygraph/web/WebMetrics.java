package org.policygraph.web;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.policygraph.ask.Answer;
import org.policygraph.ask.AnswerCounter;

/**
 * The process's Micrometer registry, scraped as Prometheus text at /metrics. Names (Prometheus form in the README):
 * policygraph.http.requests (timer: method, route, status), policygraph.http.refusals (status, code),
 * policygraph.http.rate.limited, policygraph.answers (interface, kind), policygraph.store.up, policygraph.import
 * (timer, recorded by whoever imports), the JVM's memory, threads, CPU and uptime, and the process's resident memory
 * (process.resident.memory and its peak, where /proc/self/status tells them).
 */
public final class WebMetrics implements AnswerCounter {
    public static final String ERROR_CODE = "policygraph.errorCode";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public WebMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        if (ProcessMemory.residentBytes().isPresent()) {
            Gauge.builder("process.resident.memory", () -> ProcessMemory.residentBytes().orElse(0))
                    .description("Resident set size of the process (VmRSS)").baseUnit("bytes").register(registry);
            Gauge.builder("process.resident.memory.peak", () -> ProcessMemory.peakResidentBytes().orElse(0))
                    .description("Peak resident set size of the process (VmHWM)").baseUnit("bytes").register(registry);
        }
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Times one import run (the corpus at start, an upload). */
    public void recordImport(String source, Duration took) {
        Timer.builder("policygraph.import").description("Time to import documents into the graph")
                .tag("source", source).register(registry).record(took);
    }

    void watchStore(Supplier<Map<String, Object>> health) {
        Gauge.builder("policygraph.store.up", health, WebMetrics::up)
                .description("1 while the graph store answers, else 0").register(registry);
    }

    void request(String method, String route, int status, String errorCode, Duration took) {
        Timer.builder("policygraph.http.requests").description("HTTP requests by method, route and status")
                .tags("method", method, "route", route, "status", String.valueOf(status))
                .serviceLevelObjectives(BUCKETS).register(registry).record(took);
        if (status >= 400) {
            Counter.builder("policygraph.http.refusals").description("Requests refused, by status and error code")
                    .tags("status", String.valueOf(status), "code", errorCode == null ? "none" : errorCode)
                    .register(registry).increment();
        }
    }

    void rateLimited() {
        registry.counter("policygraph.http.rate.limited").increment();
    }

    /** One answer given through {@code channel} (api, v1, mcp): kind "cited" or "uncited". */
    @Override
    public void answered(String channel, Answer answer) {
        if (channel == null) {
            return;
        }
        String kind = answer.citations() == null || answer.citations().isEmpty() ? "uncited" : "cited";
        registry.counter("policygraph.answers", "interface", channel, "kind", kind).increment();
    }

    String scrape() {
        return registry.scrape();
    }

    private static double up(Supplier<Map<String, Object>> health) {
        try {
            return "up".equals(health.get().get("status")) ? 1 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
