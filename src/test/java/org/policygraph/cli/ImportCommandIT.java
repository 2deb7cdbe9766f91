package org.policygraph.cli;

import org.policygraph.TestGraph;
import org.policygraph.App;
import org.policygraph.Config;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.SemanticIndexer;
import picocli.CommandLine;

/** The import command on a fresh store: the graph at once, the task vectors only when asked for. */
class ImportCommandIT {
    private static final Path OPINIONS = Path.of("graph-import/corpus/2018-zhengzhou-investment-promotion-opinions.txt");

    @Test
    void should_write_the_graph_and_leave_the_vectors_to_serve_or_ask_unless_told_to_embed_them() throws Exception {
        Path dataDir = Files.createTempDirectory("import");
        Config config = Config.fromMap(Map.of("PA_DATA_DIR", dataDir.toString(),
                "PA_BOLT_PORT", String.valueOf(TestGraph.freePort())));

        Run graphOnly = run(config, OPINIONS.toString());

        assertThat(graphOnly.exitCode).isZero();
        assertThat(graphOnly.out).contains("Imported 1 file(s)").contains("{ADDED=1}").containsPattern("tasks +\\d+");
        long tasks = taskCount(graphOnly.out);
        assertThat(graphOnly.err).contains(tasks + " task(s) have no vector yet");

        Run withVectors = run(config, OPINIONS.toString(), "--vectors");

        assertThat(withVectors.out).contains("{UNCHANGED=1}");
        assertThat(withVectors.err).contains("Embedded " + tasks + " task(s)").doesNotContain("have no vector");
        assertThat(withVectors.progress).contains("Semantic index: embedding " + tasks + " task(s)");
        try (Neo4jStore store = App.openStore(config)) {
            assertThat(SemanticIndexer.missing(store)).isZero();
        }
    }

    private static long taskCount(String summary) {
        var m = java.util.regex.Pattern.compile("tasks +(\\d+)").matcher(summary);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Run run(Config config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new ImportCommand(config, new PrintStream(progress, true, StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString(), progress.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err, String progress) {
    }
}
