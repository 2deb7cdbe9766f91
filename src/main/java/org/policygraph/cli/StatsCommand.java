package org.policygraph.cli;

import org.policygraph.Config;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policygraph.graph.read.GraphStats;
import org.policygraph.graph.Neo4jStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts of every node label and relation type, per document.")
public final class StatsCommand implements Callable<Integer> {
    private final Wiring wiring;

    public StatsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Option(names = "--json", description = "One JSON object on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Neo4jStore store = wiring.openStore(Config.fromEnv())) {
            Map<String, Object> stats = new GraphStats(store).collect();
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(stats));
            } else {
                print(stats);
            }
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> stats) {
        System.out.println("Labels:        " + stats.get("labels"));
        System.out.println("Relationships: " + stats.get("relationships"));
        System.out.println("LEADS by basis: " + stats.get("leadsByBasis"));
        System.out.println("Documents:");
        for (Map<String, Object> d : (List<Map<String, Object>>) stats.get("documents")) {
            System.out.printf("  %-22s %-10s %4d sections %4d tasks %3d targets  %s  %s%n", d.get("docNo"),
                    d.get("issuedOn"), (Long) d.get("sections"), (Long) d.get("tasks"), (Long) d.get("targets"),
                    d.get("title"), d.get("sourceFile"));
        }
    }
}
