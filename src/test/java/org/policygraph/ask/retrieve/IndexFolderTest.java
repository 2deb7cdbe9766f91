package org.policygraph.ask.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.read.TaskFacts;

class IndexFolderTest {
    @TempDir
    Path dataDir;

    private static TaskFacts task(String id, String text) {
        return new TaskFacts(id, "doc", "郑政〔2017〕1号", "方案", "2017-01-01", "市政府", "一", "一、重点任务", text,
                "plan.txt", 1, List.of(), List.of(), null, null, null, null, List.of(), List.of());
    }

    private static final List<TaskFacts> TASKS = List.of(task("t1", "加快跨境电子商务发展，建设综合试验区"),
            task("t2", "推进口岸建设，提升通关效率"), task("t3", "完善城市环境卫生管理"));

    private Map<String, Long> files() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dataDir.relativize(file).toString(), Files.getLastModifiedTime(file).toMillis());
            }
        }
        return files;
    }

    @Test
    void should_search_a_mapped_saved_index_as_the_one_built_and_leave_its_files_untouched() throws Exception {
        IndexFolder folder = IndexFolder.under(dataDir).forVersion("v-1");
        List<?> built = new ClauseIndex(folder, TASKS).search("\"口岸\"", 3);
        Map<String, Long> saved = files();

        Thread.sleep(1_100);
        List<?> mapped = new ClauseIndex(folder, List.of()).search("\"口岸\"", 3);

        assertThat(built).isNotEmpty();
        assertThat(mapped).as("the saved index answers, though no task was given").isEqualTo(built);
        assertThat(files()).isEqualTo(saved);
    }

    @Test
    void should_build_a_new_version_and_delete_the_old_one() throws Exception {
        new ClauseIndex(IndexFolder.under(dataDir).forVersion("v-1"), TASKS);
        IndexFolder next = IndexFolder.under(dataDir).forVersion("v-2");
        new ClauseIndex(next, TASKS.subList(0, 1));
        next.deleteOtherVersions();

        assertThat(files().keySet()).isNotEmpty().allMatch(f -> f.contains("-v-2/clauses/"));
        assertThat(new ClauseIndex(next, TASKS).search("\"口岸\"", 3)).as("v-2 holds only its own task").isEmpty();
    }

    @Test
    void should_keep_nothing_for_a_graph_without_a_version() throws Exception {
        new ClauseIndex(IndexFolder.under(dataDir).forVersion(null), TASKS);
        assertThat(files()).isEmpty();
    }
}
