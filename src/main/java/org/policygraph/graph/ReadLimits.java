package org.policygraph.graph;

import java.time.Duration;
import org.neo4j.driver.TransactionConfig;

/**
 * Time limits of the reads that answer people: a question's queries take milliseconds, so one that runs for
 * seconds is stuck and is better refused (503, like a store that is away: {@link StoreOutage}). The import's writes
 * and the asker's catalog loads have no such limit.
 */
public final class ReadLimits {
    public static final TransactionConfig READ = TransactionConfig.builder().withTimeout(Duration.ofSeconds(2)).build();
    /** The explorer's aggregates (a department's chain, the suggestions): longer to plan the first time. */
    public static final TransactionConfig BROWSE = TransactionConfig.builder().withTimeout(Duration.ofSeconds(5)).build();
    /**
     * A graph question's count or ranking (ask's graph templates): it reads every task of its scope, and its plan is
     * made on the first question of its kind, which on a busy host takes seconds.
     */
    public static final TransactionConfig AGGREGATE = TransactionConfig.builder().withTimeout(Duration.ofSeconds(10))
            .build();
    static final TransactionConfig HEALTH = TransactionConfig.builder().withTimeout(Duration.ofSeconds(1)).build();

    private ReadLimits() {
    }
}
