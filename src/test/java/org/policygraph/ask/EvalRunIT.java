package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes answers for the dev question set; run with -Deval=/work/shared/eval/dev.jsonl. */
@EnabledIfSystemProperty(named = "eval", matches = ".+")
class EvalRunIT {
    @Test
    void should_answer_every_dev_question() throws Exception {
        Path questions = Path.of(System.getProperty("eval"));
        Path answers = EvalRun.run(questions);
        assertThat(Files.readAllLines(answers)).hasSameSizeAs(
                Files.readAllLines(questions).stream().filter(l -> !l.isBlank()).toList());
    }
}
