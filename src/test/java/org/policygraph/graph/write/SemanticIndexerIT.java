package org.policygraph.graph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;
import org.policygraph.embed.BgeSmallZh;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.ScoredId;

class SemanticIndexerIT {
    private static Neo4jStore store;
    private static final BgeSmallZh MODEL = new BgeSmallZh();

    @BeforeAll
    static void givenThreeTasks() {
        store = TestGraph.freshStore();
        try (var session = store.driver().session()) {
            session.run("UNWIND $rows AS row CREATE (:Task {id: row.id, text: row.text, sectionHeading: row.heading})",
                    Map.of("rows", List.of(
                            Map.of("id", "a", "heading", "口岸经济", "text", "稳定中欧班列（郑州）常态化开行，力争实现全年开行300班。"),
                            Map.of("id", "b", "heading", "安全生产", "text", "2017年年底前所有重点单位完成微型消防站建设。"),
                            Map.of("id", "c", "heading", "旅游", "text", "全年接待入境游客49.98万人次。")))).consume();
        }
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void should_embed_every_task_once_and_find_a_paraphrase_nearest() {
        SemanticIndexer indexer = new SemanticIndexer(store, MODEL);

        assertThat(indexer.indexMissing()).isEqualTo(3);
        assertThat(indexer.indexMissing()).isZero();

        float[] question = MODEL.embed("中欧班列今年要开多少班").content().vector();
        List<ScoredId> nearest = new PolicyReader(store).nearestTasks(question, 3);
        assertThat(nearest).extracting(ScoredId::id).first().isEqualTo("a");
    }
}
