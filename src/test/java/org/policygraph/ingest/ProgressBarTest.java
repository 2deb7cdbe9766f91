package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void should_show_a_full_bar_when_a_retried_write_reports_more_steps_than_planned() {
        // given a bar planned for 11 steps, as serve's corpus import at 40x plans it
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(printed, true, StandardCharsets.UTF_8), 11);

        // when the write transaction is retried and reports its steps again
        for (int i = 0; i < 13; i++) {
            bar.step("tasks");
        }

        // then the import goes on (it stopped with "count is negative: -2") and the bar stays full
        String last = printed.toString(StandardCharsets.UTF_8);
        assertThat(last.substring(last.lastIndexOf('\r'))).startsWith("\r[" + "#".repeat(30) + "] 13/11 tasks");
    }
}
