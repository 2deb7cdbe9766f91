package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Asker;

/** One question of a batch that fails does not end the batch: it is asked again, then recorded as an error. */
class AskBatchItemTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReadThatFailsOnceIsAskedAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Asker flaky = (q, c) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("The store read took longer than its limit");
            }
            return new Answer("市商务局牵头。", List.of(), null, null, "", 1);
        };
        Map<String, Object> result = AskCommand.answerItem(flaky, JSON.readTree("{\"id\":\"q1\",\"question\":\"谁牵头\"}"));
        assertEquals("市商务局牵头。", result.get("answer"));
        assertFalse(result.containsKey("error"));
        assertEquals(2, calls.get());
    }

    @Test
    void aQuestionThatKeepsFailingIsAnErrorOfItsOwn() throws Exception {
        Asker broken = (q, c) -> {
            throw new IllegalStateException("The store is unavailable");
        };
        Map<String, Object> result = AskCommand.answerItem(broken, JSON.readTree("{\"id\":\"q2\",\"question\":\"谁牵头\"}"));
        assertEquals("q2", result.get("id"));
        assertTrue(String.valueOf(result.get("error")).contains("The store is unavailable"));
    }
}
