package org.policygraph.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Asker;
import org.policygraph.ask.Citation;
import org.policygraph.ask.GraphView;
import org.policygraph.graph.StoreUnavailableException;

/**
 * Answers questions about 中欧班列 with the lead of the 中欧班列(郑州)+跨境电商 task, any other question by quoting it
 * back as not stated, or fails like a store that is down.
 */
final class StubAsker implements Asker {
    static final String ANSWER = "“中欧班列(郑州)+跨境电商”这项工作由市口岸办牵头（责任单位中首列），"
            + "郑州经济开发区管委会、郑州国际陆港公司配合。";

    volatile boolean down;
    volatile String lastQuestion;
    /** While set, every question waits for it: answers that take long. */
    volatile CountDownLatch hold;
    final AtomicInteger held = new AtomicInteger();

    @Override
    public Answer ask(String question, String conversationId) {
        CountDownLatch wait = hold;
        if (wait != null) {
            held.incrementAndGet();
            try {
                wait.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (down) {
            throw new IllegalStateException("ask failed", new StoreUnavailableException("store down", null));
        }
        lastQuestion = question;
        String conversation = conversationId == null ? "c-1" : conversationId;
        if (!question.contains("中欧班列")) {
            return new Answer("文件未明确「" + question + "」的相关内容。", List.of(), GraphView.empty(), conversation,
                    "none", 1);
        }
        Citation citation = new Citation(StubGraph.DOC_NO, StubGraph.TITLE, StubGraph.SECTION, StubGraph.TASK,
                StubGraph.FILE, 3357);
        GraphView graph = new GraphView(
                List.of(Map.of("id", "d1", "label", "Department", "name", "市口岸办"),
                        Map.of("id", "t1", "label", "Task", "name", "探索“中欧班列(郑州)+跨境电商”模式"),
                        Map.of("id", "doc1", "label", "Document", "name", StubGraph.DOC_NO)),
                List.of(Map.of("from", "d1", "to", "t1", "type", "LEADS"),
                        Map.of("from", "t1", "to", "doc1", "type", "PART_OF")));
        return new Answer(ANSWER, List.of(citation), graph, conversation, "lead_of_task", 3);
    }
}
