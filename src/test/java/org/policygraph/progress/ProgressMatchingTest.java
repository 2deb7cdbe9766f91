package org.policygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.DepartmentDictionary;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.extract.Extractor;
import org.policygraph.extract.Responsibility;
import org.policygraph.extract.Role;
import org.policygraph.extract.Task;
import org.policygraph.parse.CorpusParser;
import java.nio.file.Path;

/**
 * The links the fixtures should produce (src/test/resources/progress/expected-links.tsv), made against the tasks
 * the extractor reads from the shipped gazette: every task of the reports' place is a candidate.
 */
class ProgressMatchingTest {
    private static List<TaskCandidate> planTasks;

    @BeforeAll
    static void extractShippedPlans() {
        Extractor extractor = new Extractor(DepartmentDictionary.load());
        planTasks = new ArrayList<>();
        List<org.policygraph.parse.ParsedDocument> plans = new ArrayList<>(
                new CorpusParser().parse(Path.of("graph-import/corpus/2017-zhengzhou-gazette-march.txt")));
        plans.addAll(new CorpusParser().parse(ProgressFixtures.LEADER_PLAN));
        for (var doc : plans) {
            ExtractedDocument extracted = extractor.extract(doc);
            for (Task t : extracted.tasks()) {
                planTasks.add(new TaskCandidate(t.id(), doc.key(), doc.title(), t.text(),
                        units(t, Role.LEADS), units(t, Role.SUPPORTS)));
            }
        }
    }

    @Test
    void should_link_the_rows_of_reports_that_name_their_plan() throws IOException {
        checkLinks(true);
    }

    @Test
    void should_link_the_rows_of_reports_whose_plan_is_told_by_their_rows() throws IOException {
        checkLinks(false);
    }

    private static void checkLinks(boolean namesPlan) throws IOException {
        ProgressReportReader reader = new ProgressReportReader();
        int rows = 0;
        int right = 0;
        int linked = 0;
        int linkedRight = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] expected : expectedLinks()) {
            ProgressReport read = reader.read(ProgressFixtures.parsed(expected[0])).orElseThrow();
            ProgressReport report = namesPlan ? read
                    : new ProgressReport(read.asOf(), read.asOfSource(), read.thresholds(), read.rows(), List.of(),
                            read.title());
            ProgressRow row = report.rows().stream().filter(r -> r.name().equals(expected[1])).findFirst().orElseThrow();
            int index = report.rows().indexOf(row);
            Optional<ProgressMatcher.Match> match = ReportLinker.link(report, planTasks).get(index);
            String got = match.map(m -> m.task().docKey() + " " + item(m.task())).orElse("- -");
            boolean ok = got.equals(expected[2] + " " + expected[3]);
            rows++;
            right += ok ? 1 : 0;
            linked += match.isPresent() ? 1 : 0;
            linkedRight += match.isPresent() && ok ? 1 : 0;
            if (!ok) {
                wrong.add(expected[1] + " -> " + got + match.map(m -> String.format(" (%.2f)", m.score())).orElse(""));
            }
        }
        System.out.printf("progress links (plan named: %s): %d/%d rows right (%.3f), precision %d/%d; wrong: %s%n", namesPlan,
                right, rows, right / (double) rows, linkedRight, linked, wrong);

        assertThat(rows).isEqualTo(47);
        assertThat(right / (double) rows).as("accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(0.95);
        assertThat(linkedRight).as("precision; wrong: %s", wrong).isEqualTo(linked);
    }

    private static List<String[]> expectedLinks() throws IOException {
        return Files.readAllLines(ProgressFixtures.DIR.resolve("expected-links.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
    }

    /** "郑政办〔2017〕38号/三/（一）/1#4171" -> "三/（一）/1"; a task of a plan without sections "plan#1/#10" -> "#10". */
    private static String item(TaskCandidate task) {
        String rest = task.id().substring(task.docKey().length() + 1);
        String path = rest.substring(0, rest.indexOf('#'));
        return path.isEmpty() ? rest.replaceAll("\\.\\d+$", "") : path;
    }

    private static List<String> units(Task t, Role role) {
        List<String> names = new ArrayList<>();
        for (Responsibility r : t.responsibilities()) {
            if (r.role() == role) {
                names.add(r.asWritten());
                names.add(r.department());
            }
        }
        return names;
    }
}
