package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.policygraph.PersistentCorpus;

/** Dev tool: runs -Dpeek=CYPHER against the persistent test store and prints the rows. */
@EnabledIfSystemProperty(named = "peek", matches = ".+")
class GraphPeekIT {
    @Test
    void should_print_rows() {
        var store = PersistentCorpus.store(Path.of("target/realstore"));
        try (var session = store.driver().session()) {
            var rows = session.run(System.getProperty("peek")).list();
            rows.forEach(r -> System.out.println("ROW " + r.asMap()));
            assertThat(rows).isNotNull();
        }
    }
}
