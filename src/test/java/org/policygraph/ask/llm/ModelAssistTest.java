package org.policygraph.ask.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.langchain4j.model.chat.ChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Asker;
import org.policygraph.ask.Citation;
import org.policygraph.ask.GraphView;
import org.policygraph.graph.read.ChainTask;
import org.policygraph.graph.read.DeadlineEntry;
import org.policygraph.graph.read.DepartmentChain;
import org.policygraph.graph.read.DepartmentSummary;
import org.policygraph.graph.read.DocumentOutline;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.Explorer;
import org.policygraph.graph.read.SearchHit;
import org.policygraph.graph.read.SuggestionSeed;

class ModelAssistTest {
    private static final String DOC_NO = "郑政办〔2017〕35号";
    private static final String TITLE = "郑州市人民政府办公厅关于印发郑州市2017年服务业发展工作方案的通知";
    private static final String QUOTE = "稳定郑港班列常态化开行，强化中欧班列（郑州）重要节点地位，争取班列年开行300班，货值达到13亿美元。";
    private static final Citation CITATION = new Citation(DOC_NO, TITLE, "（四）口岸经济", QUOTE,
            "2017-zhengzhou-gazette-march.txt", 3911);
    private static final String QUESTION = "中欧班列今年要开行多少班？";
    private static final String RULE_TEXT = "数值：争取班列年开行300班，货值达到13亿美元。\n"
            + "根据原文，相关单位为：市口岸办。\n出处：" + DOC_NO + "，（四）口岸经济。";
    private static final Answer FOUND = new Answer(RULE_TEXT, List.of(CITATION), GraphView.empty(), "c1",
            "ask-task-fulltext", 12);
    private static final Answer NOTHING = new Answer("没有找到与问题相关的内容。文件未明确此事项。", List.of(),
            GraphView.empty(), "c1", "ask-task-fulltext", 9);

    private ChatCompletionsStub server;

    @BeforeEach
    void startServer() throws IOException {
        server = new ChatCompletionsStub();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void should_use_a_faithful_rephrasing_and_keep_the_citations() {
        // given
        String fluent = "根据" + DOC_NO + "，今年要争取中欧班列年开行300班、货值达到13亿美元，相关单位为市口岸办。";
        server.replyText(fluent);

        // when
        Answer answer = asker(FOUND).ask(QUESTION, "c1");

        // then
        assertThat(answer.answer()).isEqualTo(fluent);
        assertThat(answer.citations()).containsExactly(CITATION);
        assertThat(answer.conversationId()).isEqualTo("c1");
        assertThat(server.requests()).hasSize(1);
        assertThat(unescaped(server.requests().get(0))).contains(QUESTION, RULE_TEXT, QUOTE);
    }

    @Test
    void should_fall_back_to_the_rule_text_when_the_rephrasing_invents_a_department() {
        // given
        server.replyText("今年争取中欧班列年开行300班、货值达到13亿美元，由市口岸办和市发展改革委负责（" + DOC_NO + "）。");

        // when
        Answer answer = asker(FOUND).ask(QUESTION, "c1");

        // then
        assertThat(answer).isEqualTo(FOUND);
    }

    @Test
    void should_fall_back_to_the_rule_text_when_the_rephrasing_changes_a_number() {
        // given
        server.replyText("今年争取中欧班列年开行300班、货值达到15亿美元，相关单位为市口岸办（" + DOC_NO + "）。");

        // when
        Answer answer = asker(FOUND).ask(QUESTION, "c1");

        // then
        assertThat(answer).isEqualTo(FOUND);
    }

    @Test
    void should_keep_the_rule_answer_when_the_model_server_fails() {
        // given
        server.replyError();

        // when
        Answer answer = asker(FOUND).ask(QUESTION, "c1");

        // then
        assertThat(answer).isEqualTo(FOUND);
    }

    @Test
    void should_answer_a_not_found_question_from_a_tool_result_with_its_citation() throws IOException {
        // given
        server.replyToolCall("searchTasks", Map.of("text", "中欧班列"))
                .replyText("根据" + DOC_NO + "，要争取班列年开行300班，货值达到13亿美元 [S1]。");

        // when
        Answer answer = asker(NOTHING).ask("中欧班列的货值目标是多少？", "c1");

        // then
        assertThat(answer.answer()).isEqualTo("根据" + DOC_NO + "，要争取班列年开行300班，货值达到13亿美元。");
        assertThat(answer.citations()).containsExactly(CITATION);
        assertThat(server.requests()).hasSize(2);
        assertThat(unescaped(server.requests().get(0))).contains("searchTasks", "中欧班列的货值目标是多少？");
        assertThat(unescaped(server.requests().get(1))).contains("[S1] " + DOC_NO + " （四）口岸经济：" + QUOTE);
    }

    @Test
    void should_answer_from_a_departments_tasks_with_the_units_the_graph_lists() throws IOException {
        // given
        server.replyToolCall("departmentTasks", Map.of("department", "口岸办"))
                .replyText("市口岸办牵头该项任务，郑州国际陆港公司配合（" + DOC_NO + "）[S1]。");

        // when
        Answer answer = asker(NOTHING).ask("口岸办负责中欧班列的哪些事？", "c1");

        // then
        assertThat(answer.answer()).isEqualTo("市口岸办牵头该项任务，郑州国际陆港公司配合（" + DOC_NO + "）。");
        assertThat(answer.citations()).containsExactly(CITATION);
        assertThat(unescaped(server.requests().get(1))).contains("｜角色：lead ｜牵头：市口岸办 ｜配合：郑州国际陆港公司");
    }

    @Test
    void should_keep_the_not_found_answer_when_the_tool_answer_states_a_number_no_tool_returned() throws IOException {
        // given
        server.replyToolCall("searchTasks", Map.of("text", "中欧班列"))
                .replyText("中欧班列年开行500班 [S1]。");

        // when
        Answer answer = asker(NOTHING).ask("中欧班列的货值目标是多少？", "c1");

        // then
        assertThat(answer).isEqualTo(NOTHING);
    }

    @Test
    void should_treat_a_found_lead_followed_by_no_supporting_units_as_found() {
        // given
        Answer lead = new Answer("牵头单位：市口岸办（文件明确由其牵头）。\n文件未明确其他配合单位。", List.of(CITATION),
                GraphView.empty(), null, "q", 1);

        // when / then
        assertThat(ModelAssist.saysNotFound(lead)).isFalse();
        assertThat(ModelAssist.saysNotFound(NOTHING)).isTrue();
    }

    /** The model step after a rule answer {@code rule}, as the question's path runs it. */
    private Asker asker(Answer rule) {
        ChatModel model = LanguageModels.openAiCompatible(server.baseUrl(), "stub-model", null);
        ModelAssist assist = new ModelAssist(model, new OneTaskExplorer());
        return (question, conversation) -> assist.assist(question, rule, System.nanoTime());
    }

    /** Request bodies are JSON: undo the escaping of quotes and newlines before looking for text. */
    private static String unescaped(String json) {
        return json.replace("\\n", "\n").replace("\\\"", "\"");
    }

    /** An explorer whose full-text search finds the one task of {@link #CITATION}. */
    private static final class OneTaskExplorer implements Explorer {
        @Override
        public List<SearchHit> search(String query, int limit) {
            return List.of(new SearchHit("task", "t-3911", QUOTE, CITATION.section(), DOC_NO, 3911, 2.5));
        }

        @Override
        public List<org.policygraph.graph.read.TaskRow> taskTable(String document, String department) {
            return List.of();
        }

        @Override
        public List<DocumentSummary> documents() {
            return List.of(new DocumentSummary("k35", DOC_NO, TITLE, "郑州市人民政府办公厅", "2017-03-23",
                    CITATION.sourceFile(), 1, "郑州市", 40, 12, false));
        }

        @Override
        public List<DepartmentSummary> departments() {
            return List.of();
        }

        @Override
        public Optional<DepartmentChain> department(String name) {
            DepartmentSummary port = new DepartmentSummary("市口岸办", "郑州市人民政府口岸管理办公室", null, List.of(),
                    "市", 1, 0, true);
            return Optional.of(new DepartmentChain(port, List.of(new ChainTask("t-3911", "lead", "explicit", QUOTE,
                    "k35", DOC_NO, TITLE, CITATION.section(), CITATION.sourceFile(), 3911, null, null, List.of(),
                    List.of("市口岸办"), List.of("郑州国际陆港公司")))));
        }

        @Override
        public Optional<DocumentOutline> document(String docNoOrKey) {
            return Optional.empty();
        }

        @Override
        public List<DeadlineEntry> deadlines(String department) {
            return List.of();
        }

        @Override
        public List<SuggestionSeed> suggestionSeeds(int limit) {
            return List.of();
        }
    }
}
