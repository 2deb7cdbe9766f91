package org.policygraph.ask.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.ScoredId;
import org.policygraph.graph.read.TaskVector;

class TaskVectorsTest {
    private static final int DIMENSIONS = 24;

    @Test
    void should_find_the_same_nearest_tasks_by_scan_and_by_graph_and_keep_to_the_documents_asked() {
        List<TaskVector> rows = gaussianRows(7, 400);
        TaskVectors vectors = new TaskVectors(rows, id -> Integer.parseInt(id.substring(1)) % 4 == 0 ? "docA" : "docB");
        float[] question = TaskVectors.unit(rows.get(12).vector());

        List<String> scanned = ids(vectors.scanned(question, 5, Set.of()));
        List<String> inA = ids(vectors.scanned(question, 5, Set.of("docA")));
        vectors.awaitGraph();

        assertThat(scanned).first().isEqualTo("t12");
        assertThat(ids(vectors.nearest(question, 5, Set.of()))).isEqualTo(scanned);
        assertThat(ids(vectors.nearest(question, 5, Set.of("docA")))).isEqualTo(inA).hasSize(5)
                .allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1)) % 4).isZero());
        assertThat(vectors.nearest(question, 5, Set.of("elsewhere"))).isEmpty();
    }

    @Test
    void should_give_the_same_cosines_from_the_mapped_graph_as_from_the_rows_read_from_the_store() {
        List<TaskVector> rows = gaussianRows(11, 300);
        TaskVectors vectors = new TaskVectors(rows, id -> "doc");
        float[] question = TaskVectors.unit(rows.get(40).vector());
        List<String> asked = List.of("t299", "t3", "t40", "t3", "unknown", "t150");

        java.util.Map<String, Double> fromRows = vectors.cosines(asked, question);
        vectors.awaitGraph();
        java.util.Map<String, Double> fromGraph = vectors.cosines(asked, question);

        assertThat(fromGraph).isEqualTo(fromRows).containsOnlyKeys("t299", "t3", "t40", "t150");
        assertThat(fromGraph.get("t40")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void should_stream_the_vectors_of_a_new_graph_version_into_a_saved_graph_that_answers_as_the_rows_do(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir) {
        List<TaskVector> rows = gaussianRows(13, 300);
        java.util.function.Function<String, String> documentOf = id -> id.endsWith("7") ? "docA" : "docB";
        TaskVectors fromRows = new TaskVectors(rows, documentOf);
        float[] question = TaskVectors.unit(rows.get(77).vector());
        List<String> asked = List.of("t0", "t77", "t150", "t299");
        IndexFolder folder = IndexFolder.under(dataDir).forVersion("v-1");
        List<TaskVector> copies = rows.stream().map(v -> new TaskVector(v.id(), v.vector().clone())).toList();

        TaskVectors streamed = LoadedVectors.read(folder, () -> {
            throw new AssertionError("a folder that keeps its graph streams the rows");
        }, use -> copies.forEach(use)).withDocuments(documentOf);
        TaskVectors mapped = LoadedVectors.read(folder, () -> {
            throw new AssertionError("the saved graph is mapped, not read again");
        }, use -> {
            throw new AssertionError("the saved graph is mapped, not read again");
        }).withDocuments(documentOf);

        for (TaskVectors vectors : List.of(streamed, mapped)) {
            assertThat(ids(vectors.nearest(question, 5, Set.of()))).isEqualTo(ids(fromRows.scanned(question, 5, Set.of())));
            assertThat(ids(vectors.nearest(question, 3, Set.of("docA"))))
                    .isEqualTo(ids(fromRows.scanned(question, 3, Set.of("docA"))));
            assertThat(vectors.cosines(asked, question)).isEqualTo(fromRows.cosines(asked, question));
        }
    }

    private static List<String> ids(List<ScoredId> hits) {
        return hits.stream().map(ScoredId::id).toList();
    }

    /** {@code count} rows t0, t1, … of Gaussian noise, the same for the same seed. */
    private static List<TaskVector> gaussianRows(long seed, int count) {
        Random random = new Random(seed);
        List<TaskVector> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] vector = new float[DIMENSIONS];
            for (int d = 0; d < DIMENSIONS; d++) {
                vector[d] = (float) random.nextGaussian();
            }
            rows.add(new TaskVector("t" + i, vector));
        }
        return rows;
    }
}
