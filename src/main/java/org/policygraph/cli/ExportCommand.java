package org.policygraph.cli;

import java.io.BufferedOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.Config;
import org.policygraph.export.TableFormat;
import org.policygraph.export.TaskTableWriter;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.BoardFilter;
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

    @Option(names = "--progress", description = "The 督办 board instead: tasks with deadline, latest progress and state")
    boolean progress;

    @Option(names = "--as-of", description = "With --progress: the board as of this day, YYYY-MM-DD (default today)")
    String asOf;

    @Option(names = "--leader", description = "With --progress: only tasks this leader is in charge of")
    String leader;

    @Option(names = "--state", description = "With --progress: overdue, behind, due-soon, done or open")
    String state;

    @Override
    public Integer call() {
        TableFormat tableFormat = TableFormat.named(format);
        if (progress) {
            return BoardExport.write(wiring, tableFormat, new BoardFilter(day(), department, leader, state, document));
        }
        try (Neo4jStore store = wiring.openStore(Config.fromEnv())) {
            List<TaskRow> rows = new TaskTable(store).rows(document, department);
            BufferedOutputStream buffered = new BufferedOutputStream(System.out);
            TaskTableWriter.write(rows, tableFormat, buffered);
            System.err.printf("Exported %d task(s)%n", rows.size());
            return 0;
        }
    }

    private LocalDate day() {
        try {
            return asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be a date written YYYY-MM-DD, not " + asOf, e);
        }
    }
}
