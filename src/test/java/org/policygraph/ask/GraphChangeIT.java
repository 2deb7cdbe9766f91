package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.App;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.ingest.CorpusFiles;

/**
 * Cached answers hold until the graph changes, whoever changes it: a second importer on the same store (as another
 * process would) gives the graph a new version, and the asker that notices it answers from the new graph.
 */
class GraphChangeIT {
    private static final String GAZETTE = "graph-import/corpus/2017-zhengzhou-gazette-march.txt";
    private static final String GUANGZHOU = "src/test/resources/docs/2012-guangzhou-livelihood-happiness.txt";
    private static final String ASKED = "广州市财政局配合哪些工作？";
    private static Neo4jStore store;
    private static AskService asker;

    @BeforeAll
    static void load() {
        store = TestGraph.freshStore();
        importFile(GAZETTE);
        asker = new AskService(new PolicyReader(store), null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static void importFile(String file) {
        App.importer(store).run(CorpusFiles.read(List.of(Path.of(file))), new PrintStream(OutputStream.nullOutputStream()));
    }

    private static List<String> sources(Answer answer) {
        return answer.citations().stream().map(Citation::sourceFile).distinct().toList();
    }

    @Test
    void should_answer_from_the_new_graph_once_its_version_changed_and_not_before() {
        assertThat(sources(asker.ask(ASKED, null))).doesNotContain("2012-guangzhou-livelihood-happiness.txt");
        assertThat(asker.refreshIfChanged()).isFalse();

        importFile(GUANGZHOU);
        assertThat(sources(asker.ask(ASKED, null))).as("the cached answer, until the change is noticed")
                .doesNotContain("2012-guangzhou-livelihood-happiness.txt");

        assertThat(asker.refreshIfChanged()).isTrue();
        assertThat(sources(asker.ask(ASKED, null))).containsExactly("2012-guangzhou-livelihood-happiness.txt");
        assertThat(asker.refreshIfChanged()).isFalse();

        importFile(GUANGZHOU);
        assertThat(asker.refreshIfChanged()).as("an import that changes nothing keeps the version").isFalse();
    }

    @Test
    void should_give_a_repeated_question_the_answer_computed_without_caches() {
        String question = "智慧安全应急建设归哪个部门牵头";
        Answer fresh = asker.ask(question, null, AskOptions.DEFAULT.withoutCaches());
        Answer first = asker.ask(question, null);
        Answer repeated = asker.ask("  智慧安全应急建设归哪个部门牵头 ", null);

        assertThat(fresh.answer()).contains("市安监局");
        assertThat(repeated.answer()).isEqualTo(first.answer()).isEqualTo(fresh.answer());
        assertThat(repeated.citations()).isEqualTo(fresh.citations());
        assertThat(repeated.conversationId()).isNotEqualTo(first.conversationId());
    }

    @Test
    void should_keep_the_conversation_of_a_cached_answer_for_its_follow_up() {
        String question = "社保费征收移交和不动产登记那项改革谁牵头？";
        Answer first = asker.ask(question, null, AskOptions.DEFAULT.withoutCaches());
        String followUp = asker.ask("那它的完成时间呢？", first.conversationId()).answer();

        Answer cached = asker.ask(question, null);
        Answer cachedFollowUp = asker.ask("那它的完成时间呢？", cached.conversationId());

        assertThat(followUp).contains("6月底");
        assertThat(cachedFollowUp.answer()).isEqualTo(followUp);
        assertThat(asker.ask("那它的完成时间呢？", null).answer()).as("the same words without a conversation")
                .isNotEqualTo(followUp);
    }
}
