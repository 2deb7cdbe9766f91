package org.policygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Session;
import org.policygraph.App;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.ProgressBoard;
import org.policygraph.graph.read.ProgressItem;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.ingest.Importer;

/** Progress reports imported with the plan they follow: rows linked, work in no plan flagged, later reports current. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgressImportIT {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static Neo4jStore store;
    private static List<SourceFile> files;

    @BeforeAll
    static void importPlanAndReports() {
        store = ProgressFixtures.importedStore();
        files = new ArrayList<>(ProgressFixtures.importedFiles());
    }

    @Test
    @Order(1)
    void should_link_every_row_to_the_task_it_reports_on_and_flag_work_in_no_plan() throws IOException {
        List<Map<String, Object>> links = links();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(ProgressFixtures.DIR.resolve("expected-links.tsv"))) {
            String[] e = line.split("\t");
            if (line.startsWith("#") || e[0].equals(ProgressFixtures.LATER_REPORT)) {
                continue;
            }
            checked++;
            Map<String, Object> link = links.stream().filter(l -> l.get("file").equals(e[0])
                    && l.get("name").equals(e[1])).findFirst().orElseThrow(() -> new AssertionError("no row " + e[1]));
            String expected = e[2].equals("-") ? "notInPlan" : e[2] + " " + e[3];
            String section = String.valueOf(link.get("sectionPath"));
            String got = Boolean.TRUE.equals(link.get("notInPlan")) ? "notInPlan"
                    : link.get("docKey") + " " + (section.isEmpty() ? "#" + link.get("line") : section);
            if (!got.equals(expected)) {
                wrong.add(e[1] + " -> " + got);
            }
        }

        assertThat(checked).isEqualTo(39);
        assertThat(links).hasSize(39);
        assertThat(wrong).isEmpty();
    }

    @Test
    @Order(2)
    void should_list_the_latest_progress_of_each_task_with_its_deadline_and_lead() {
        List<ProgressItem> items = new ProgressBoard(store).reported(LocalDate.of(2017, 6, 30));

        ProgressItem hall = item(items, "郑政办〔2017〕38号", "三/（二）/7");
        assertThat(hall.leads()).contains("市政务办");
        assertThat(hall.deadline()).startsWith("2017-07");
        assertThat(hall.percent()).isEqualTo(80.0);
        assertThat(hall.status()).isEqualTo("on-track");
        assertThat(hall.asOf()).isEqualTo("2017-06-30");
        assertThat(items).filteredOn(ProgressItem::notInPlan).extracting(ProgressItem::taskText)
                .containsExactlyInAnyOrder("整合全市政务服务热线", "推行企业投资项目承诺制试点", "工业企业安全生产大检查",
                        "工业旅游示范点创建", "组织“智能制造进万企”宣讲活动");
    }

    @Test
    @Order(3)
    void should_make_a_later_report_current_and_keep_the_earlier_one_as_history() {
        files.add(ProgressFixtures.laterReport());
        App.importer(store).run(files, QUIET);
        ProgressBoard board = new ProgressBoard(store);

        ProgressItem now = item(board.reported(LocalDate.of(2017, 12, 31)), "郑政办〔2017〕38号", "三/（二）/8");
        ProgressItem june = item(board.reported(LocalDate.of(2017, 7, 31)), "郑政办〔2017〕38号", "三/（二）/8");

        assertThat(now.status()).isEqualTo("done");
        assertThat(now.asOf()).isEqualTo("2017-09-30");
        assertThat(now.reports()).isEqualTo(2);
        assertThat(june.status()).isEqualTo("late");
        assertThat(june.statusText()).isEqualTo("进度偏慢");
        assertThat(june.reports()).isEqualTo(1);
        ProgressItem pilot = board.reported(LocalDate.of(2017, 12, 31)).stream()
                .filter(i -> i.taskText().equals("推行企业投资项目承诺制试点")).findFirst().orElseThrow();
        assertThat(pilot.notInPlan()).isTrue();
        assertThat(pilot.reports()).isEqualTo(2);
        assertThat(pilot.status()).isEqualTo("on-track");
    }

    @Test
    @Order(4)
    void should_change_nothing_when_the_same_reports_are_imported_again() {
        long before = count("MATCH (p:Progress)-[:REPORTS_ON]->(t:Task) RETURN count(*) AS n");

        Importer.Summary summary = App.importer(store).run(files, QUIET);

        assertThat(summary.changed()).isFalse();
        assertThat(count("MATCH (p:Progress)-[:REPORTS_ON]->(t:Task) RETURN count(*) AS n")).isEqualTo(before)
                .isEqualTo(47);
    }

    private static ProgressItem item(List<ProgressItem> items, String docNo, String sectionPath) {
        return items.stream().filter(i -> docNo.equals(i.docNo()) && sectionPath.equals(i.sectionPath())).findFirst()
                .orElseThrow(() -> new AssertionError("no progress on " + docNo + " " + sectionPath));
    }

    private static List<Map<String, Object>> links() {
        try (Session session = store.readSession()) {
            return session.run("MATCH (p:Progress)-[:REPORTS_ON]->(t:Task) RETURN p.sourceFile AS file, "
                    + "p.name AS name, t.docKey AS docKey, t.sectionPath AS sectionPath, t.line AS line, t.notInPlan AS notInPlan")
                    .list(r -> r.asMap());
        }
    }

    private static long count(String cypher) {
        try (Session session = store.readSession()) {
            return session.run(cypher).single().get("n").asLong();
        }
    }
}
