package org.policygraph.graph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.StoreUnavailableException;

/**
 * Health and answers agree on a store that came back: questions are answered again from the watch's first read that
 * reaches the store, so from that moment /health says "up" too, not a probe's interval later.
 */
class HealthMonitorTest {
    private final AtomicBoolean storeDown = new AtomicBoolean();
    /** The store comes back just after a probe found it down: the watch reaches it first, the probe half a look later. */
    private final AtomicBoolean backAfterNextProbe = new AtomicBoolean();

    @Test
    void should_say_up_as_soon_as_the_watch_reaches_a_store_that_came_back() throws Exception {
        try (GraphVersionWatch watch = new GraphVersionWatch(this::version, () -> { });
             HealthMonitor health = outOfStep(watch)) {
            storeDown.set(true);
            awaitTrue(() -> !watch.reachable() && "down".equals(health.current().get("status")));

            for (int round = 0; round < 5; round++) {
                backAfterNextProbe.set(true);
                awaitTrue(watch::reachable);
                assertThat(health.current()).as("round %d", round).containsEntry("status", "up");
                storeDown.set(true);
                awaitTrue(() -> !watch.reachable() && "down".equals(health.current().get("status")));
            }
        }
    }

    /** The probe's timer half a look behind the watch's, as two timers started apart are. */
    private HealthMonitor outOfStep(GraphVersionWatch watch) throws InterruptedException {
        Thread.sleep(HealthMonitor.PROBE_MILLIS / 2);
        return new HealthMonitor(this::probe, watch);
    }

    private String version() {
        if (storeDown.get()) {
            throw new StoreUnavailableException("gone", new org.neo4j.driver.exceptions.ServiceUnavailableException("gone"));
        }
        return "1";
    }

    private Map<String, Object> probe() {
        Map<String, Object> answer = storeDown.get() ? Map.of("status", "down", "error", "gone")
                : Map.of("status", "up", "documents", 1);
        if (backAfterNextProbe.getAndSet(false)) {
            storeDown.set(false);
        }
        return answer;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
