package org.policygraph.graph;

import java.time.Duration;
import org.neo4j.driver.TransactionConfig;

/**
 * Time limits of the reads that answer people: a question's queries take milliseconds, so one that runs for
 * seconds is stuck and is better refused. The import's writes and the asker's catalog loads have no such limit.
 */
final class ReadLimits {
    static final TransactionConfig READ = TransactionConfig.builder().withTimeout(Duration.ofSeconds(2)).build();
    static final TransactionConfig HEALTH = TransactionConfig.builder().withTimeout(Duration.ofSeconds(1)).build();

    private ReadLimits() {
    }
}
