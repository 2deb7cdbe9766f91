package org.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.App;
import org.policygraph.Config;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.write.SemanticIndexer;
import org.policygraph.ingest.SampleFiles;
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
        try (Neo4jStore store = new App().openStore(config)) {
            assertThat(SemanticIndexer.missing(store)).isZero();
        }
    }

    @Test
    void should_import_the_readable_files_of_a_directory_and_name_each_unreadable_one_with_exit_code_2() throws Exception {
        Path dataDir = Files.createTempDirectory("import");
        Config config = Config.fromMap(Map.of("PA_DATA_DIR", dataDir.toString(),
                "PA_BOLT_PORT", String.valueOf(TestGraph.freePort())));
        Path plans = Files.createTempDirectory("plans");
        List<String> notice = List.of("广州市人民政府办公厅关于印发2024年重点工作任务分工方案的通知", "一、任务分工");
        Files.write(plans.resolve("分工方案.docx"), SampleFiles.docx(notice, SampleFiles.TASK_TABLE, 2));
        Files.writeString(plans.resolve("分工方案.html"), SampleFiles.html(notice.get(0), notice, SampleFiles.TASK_TABLE, 2));
        Files.copy(OPINIONS, plans.resolve(OPINIONS.getFileName()));
        Files.write(plans.resolve("演示稿.ppt"), "郑州市人民政府文件".getBytes(StandardCharsets.UTF_8));
        Files.write(plans.resolve("扫描件.pdf"), SampleFiles.imageOnlyPdf());
        Files.writeString(plans.resolve(".DS_Store"), "hidden");

        Run run = run(config, plans.toString());

        assertThat(run.exitCode).isEqualTo(ImportCommand.SOME_FILES_UNREADABLE);
        assertThat(run.err).contains("Not imported: 演示稿.ppt: presentations are not read")
                .contains("Not imported: 扫描件.pdf: a PDF without a text layer")
                .contains("2 file(s) could not be read").doesNotContain(".DS_Store");
        assertThat(run.out).contains("Imported 3 file(s)").contains("{ADDED=3}");
        try (Neo4jStore store = new App().openStore(config)) {
            long leads = store.driver().executableQuery("MATCH (:Department)-[:LEADS]->(t:Task) WHERE t.sourceFile"
                    + " STARTS WITH '分工方案' AND t.text CONTAINS '重点任务' RETURN count(*) AS n").execute()
                    .records().get(0).get("n").asLong();
            assertThat(leads).as("one lead for each of the 4 table rows, from the .docx and the .html").isEqualTo(8);
        }
    }

    @Test
    void should_write_file_by_file_the_graph_one_transaction_writes() throws Exception {
        Path plans = Files.createTempDirectory("plans");
        // a plan and the same plan under another number: two documents whose targets are the same, linked across files
        Path plan = Path.of("graph-import/corpus/2017-zhengzhou-opening-up-plan.txt");
        Files.copy(plan, plans.resolve(plan.getFileName()));
        Files.writeString(plans.resolve("renumbered.txt"),
                Files.readString(plan).replaceAll("〔(\\d{4})〕(\\d+)号", "〔$1〕9$2号"));
        Map<String, Long> shapes = new java.util.HashMap<>();
        for (String mode : List.of("", "--each-file")) {
            Config config = Config.fromMap(Map.of("PA_DATA_DIR", Files.createTempDirectory("import").toString(),
                    "PA_BOLT_PORT", String.valueOf(TestGraph.freePort())));

            Run run = mode.isEmpty() ? run(config, plans.toString()) : run(config, mode, plans.toString());

            assertThat(run.exitCode).isZero();
            assertThat(run.out).contains("Imported 2 file(s)");
            try (Neo4jStore store = new App().openStore(config)) {
                store.driver().executableQuery("MATCH (n) RETURN 'node ' + labels(n)[0] AS k, count(*) AS n UNION ALL"
                        + " MATCH ()-[r]->() RETURN 'rel ' + type(r) AS k, count(*) AS n").execute().records()
                        .forEach(r -> shapes.merge(mode + r.get("k").asString(), r.get("n").asLong(), Long::sum));
            }
        }
        Map<String, Long> once = new java.util.TreeMap<>();
        Map<String, Long> eachFile = new java.util.TreeMap<>();
        shapes.forEach((k, n) -> (k.startsWith("--each-file") ? eachFile : once).put(k.replace("--each-file", ""), n));
        assertThat(eachFile).as("nodes by label, relations by type (the targets linked across the two plans too)")
                .isEqualTo(once).containsKeys("node Task", "rel SAME_TARGET");
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
        CommandLine cli = new CommandLine(new ImportCommand(new App(), config, new PrintStream(progress, true, StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString(), progress.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err, String progress) {
    }
}
