package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extract.Responsibility;
import org.policygraph.extract.Role;
import org.policygraph.extract.Task;

/**
 * A real plan (Guangzhou's 民生幸福工程, 2012) as the .txt it is published as, as an HTML page and a .docx with one
 * paragraph per line, and as the PDF Chromium prints from that page (with its date, title, file address and page
 * numbers around every page): each gives the same tasks with the same leads and supports.
 */
class SamePlanInEveryFormatTest {
    private static final String TITLE = "关于推进民生幸福工程的实施意见";
    private static final Map<String, byte[]> FILES = new LinkedHashMap<>();

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(SampleFiles.CHROMIUM), "needs the apt packages chromium and fonts-noto-cjk");
        List<String> lines = SampleFiles.guangzhouLines();
        String html = SampleFiles.html(TITLE, lines, null, 0);
        FILES.put("plan.txt", Files.readAllBytes(SampleFiles.GUANGZHOU));
        FILES.put("plan.html", html.getBytes(StandardCharsets.UTF_8));
        FILES.put("plan.docx", SampleFiles.docx(lines, null, 0));
        FILES.put("plan.pdf", SampleFiles.pdf(html, dir));
    }

    @Test
    void should_give_the_same_tasks_leads_and_supports_from_txt_html_docx_and_pdf() {
        List<Task> fromText = SampleFiles.tasks("plan.txt", FILES.get("plan.txt"));
        assertThat(fromText).as("the plan's numbered items, about 60").hasSizeGreaterThanOrEqualTo(55);
        assertThat(count(fromText, Role.LEADS)).isGreaterThanOrEqualTo(50);
        assertThat(count(fromText, Role.SUPPORTS)).isGreaterThanOrEqualTo(100);

        for (String name : List.of("plan.html", "plan.docx", "plan.pdf")) {
            List<Task> tasks = SampleFiles.tasks(name, FILES.get(name));

            assertThat(tasks.size()).as("tasks from %s", name).isCloseTo(fromText.size(), within(2));
            assertThat(count(tasks, Role.LEADS)).as("leads from %s", name)
                    .isCloseTo(count(fromText, Role.LEADS), within(2L));
            assertThat(count(tasks, Role.SUPPORTS)).as("supports from %s", name)
                    .isCloseTo(count(fromText, Role.SUPPORTS), within(2L));
        }
    }

    @Test
    void should_give_a_task_wrapped_over_several_pdf_lines_the_same_lead_and_supports_as_the_text() {
        Task fromText = task(SampleFiles.tasks("plan.txt", FILES.get("plan.txt")), "食品生产企业抽检覆盖率100%");
        assertThat(departments(fromText, Role.LEADS)).containsExactly("市食安办");
        assertThat(departments(fromText, Role.SUPPORTS)).contains("市经贸委", "市质监局", "市食品药品监管局");

        for (String name : List.of("plan.html", "plan.docx", "plan.pdf")) {
            Task task = task(SampleFiles.tasks(name, FILES.get(name)), "食品生产企业抽检覆盖率100%");

            assertThat(task.text()).as(name).isEqualTo(fromText.text());
            assertThat(departments(task, Role.LEADS)).as(name).isEqualTo(departments(fromText, Role.LEADS));
            assertThat(departments(task, Role.SUPPORTS)).as(name).isEqualTo(departments(fromText, Role.SUPPORTS));
        }
    }

    @Test
    void should_leave_out_the_running_header_footer_and_page_numbers_that_chromium_prints_on_every_page() {
        String text = new DocumentFormats().text("plan.pdf", FILES.get("plan.pdf"));

        assertThat(text).doesNotContain("file://").doesNotContain("门户网站").doesNotContainPattern("(?m)^\\d+/\\d+$")
                .doesNotContainPattern("\\d{1,2}/\\d{1,2}/\\d{2}, \\d{1,2}:\\d{2}");
        assertThat(text.lines().filter(l -> !l.isBlank()).findFirst()).hasValue("首页 > 政务公开");
        assertThat(text).contains(TITLE + "\n为深入贯彻科学发展观");
    }

    private static long count(List<Task> tasks, Role role) {
        return tasks.stream().flatMap(t -> t.responsibilities().stream()).filter(r -> r.role() == role).count();
    }

    private static Task task(List<Task> tasks, String textPart) {
        return tasks.stream().filter(t -> t.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("No task with " + textPart));
    }

    private static List<String> departments(Task task, Role role) {
        return task.responsibilities().stream().filter(r -> r.role() == role).map(Responsibility::asWritten).toList();
    }
}
