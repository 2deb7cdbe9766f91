package org.policygraph.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.policygraph.ask.Answer;
import org.policygraph.ask.AnswerCounter;
import org.policygraph.ask.AskLimit;
import org.policygraph.ask.AskOptions;
import org.policygraph.ask.Asker;
import org.policygraph.ask.Citation;
import org.policygraph.ask.GraphView;
import org.policygraph.graph.StoreUnavailableException;

/**
 * Answers questions about 中欧班列 with the lead of the 中欧班列(郑州)+跨境电商 task and its supports, a line each
 * (sent one by one, as the real composer does), a question asking for "N行" with N numbered lines, any other question
 * by quoting it back as not stated, or fails like a store that is down.
 */
final class StubAsker implements Asker {
    static final String LEAD_LINE = "“中欧班列(郑州)+跨境电商”这项工作由市口岸办牵头（责任单位中首列）。";
    static final String SUPPORT_LINE = "郑州经济开发区管委会、郑州国际陆港公司配合。";
    static final String ANSWER = LEAD_LINE + "\n" + SUPPORT_LINE;

    volatile boolean down;
    /** While set, every question fails with it (as the driver would, say). */
    volatile RuntimeException failure;
    volatile String lastQuestion;
    volatile AskOptions lastOptions;
    /** While set, every question waits for it: answers that take long. */
    volatile CountDownLatch hold;
    /** While set, the answer waits for it after its first line: an answer still being composed. */
    volatile CountDownLatch afterFirstLine;
    /** While set, the answer waits for it after its last line, before it is done. */
    volatile CountDownLatch beforeDone;
    /** The store goes away after the first line is composed. */
    volatile boolean failAfterFirstLine;
    final AtomicInteger held = new AtomicInteger();

    @Override
    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, AskOptions.DEFAULT);
    }

    /** The first and last steps of the question's path, as serve builds them: the bound, and the count by door. */
    final AskLimit limit = AskLimit.bounded();
    volatile AnswerCounter counter = AnswerCounter.NONE;
    /** The conversations answered, as the real asker's registry holds them. */
    private final java.util.Set<String> answered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public boolean continues(String conversationId) {
        return conversationId != null && answered.contains(conversationId);
    }

    @Override
    public Answer ask(String question, String conversationId, AskOptions options) {
        try (AskLimit.Permit permit = limit.enter()) {
            Answer answer = answer(question, conversationId, options);
            answered.add(answer.conversationId());
            counter.answered(options.channel(), answer);
            return answer;
        }
    }

    private Answer answer(String question, String conversationId, AskOptions options) {
        await(hold, true);
        if (down) {
            throw new IllegalStateException("ask failed", new StoreUnavailableException("store down", null));
        }
        if (failure != null) {
            throw failure;
        }
        lastQuestion = question;
        lastOptions = options;
        String conversation = conversationId == null ? "c-1" : conversationId;
        if (question.matches(".*?\\d+行.*")) {
            int count = Integer.parseInt(question.replaceAll("\\D+", ""));
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                options.lines().accept("第" + i + "行");
                text.append(i == 1 ? "" : "\n").append("第").append(i).append("行");
            }
            return new Answer(text.toString(), List.of(), GraphView.empty(), conversation, "none", 1);
        }
        if (!question.contains("中欧班列")) {
            String nothing = "文件未明确「" + question + "」的相关内容。";
            options.lines().accept(nothing);
            return new Answer(nothing, List.of(), GraphView.empty(), conversation, "none", 1);
        }
        options.lines().accept(LEAD_LINE);
        await(afterFirstLine, false);
        if (failAfterFirstLine) {
            throw new IllegalStateException("ask failed", new StoreUnavailableException("store gone", null));
        }
        options.lines().accept(SUPPORT_LINE);
        await(beforeDone, false);
        return new Answer(ANSWER, List.of(citation()), graph(), conversation, "lead_of_task", 3);
    }

    private void await(CountDownLatch latch, boolean counted) {
        if (latch == null) {
            return;
        }
        if (counted) {
            held.incrementAndGet();
        }
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Citation citation() {
        return new Citation(StubGraph.DOC_NO, StubGraph.TITLE, StubGraph.SECTION, StubGraph.TASK, StubGraph.FILE, 3357);
    }

    private static GraphView graph() {
        return new GraphView(
                List.of(Map.of("id", "d1", "label", "Department", "name", "市口岸办"),
                        Map.of("id", "t1", "label", "Task", "name", "探索“中欧班列(郑州)+跨境电商”模式"),
                        Map.of("id", "doc1", "label", "Document", "name", StubGraph.DOC_NO)),
                List.of(Map.of("from", "d1", "to", "t1", "type", "LEADS"),
                        Map.of("from", "t1", "to", "doc1", "type", "PART_OF")));
    }
}
