package org.policygraph.cli;

import java.io.BufferedOutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.Config;
import org.policygraph.export.TableFormat;
import org.policygraph.export.TaskTableWriter;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.TaskRow;
import org.policygraph.graph.read.TaskTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The task division table on stdout; everything else (store start-up, library logs) goes to stderr. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the task division table (one row per task) to stdout.")
public final class ExportCommand implements Callable<Integer> {
    private final Wiring wiring;

    public ExportCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), csv or xlsx")
    String format;

    @Option(names = "--document", description = "Only this document (number, key or title words)")
    String document;

    @Option(names = "--department", description = "Only tasks this department leads or supports")
    String department;

    @Override
    public Integer call() {
        TableFormat tableFormat = TableFormat.named(format);
        try (Neo4jStore store = wiring.openStore(Config.fromEnv())) {
            List<TaskRow> rows = new TaskTable(store).rows(document, department);
            BufferedOutputStream buffered = new BufferedOutputStream(System.out);
            TaskTableWriter.write(rows, tableFormat, buffered);
            System.err.printf("Exported %d task(s)%n", rows.size());
            return 0;
        }
    }
}
