package org.policygraph.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policygraph.Config;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Asker;
import org.policygraph.ask.Citation;
import org.policygraph.ask.QuestionText;
import org.policygraph.ingest.CorpusFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question, or every {\"id\",\"question\"} line of a JSONL file (one JSON answer per line).")
public final class AskCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Wiring wiring;

    public AskCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Parameters(arity = "0..1", paramLabel = "QUESTION")
    String question;

    @Option(names = "--batch", paramLabel = "FILE.jsonl", description = "Questions, one JSON object per line")
    Path batch;

    @Override
    public Integer call() throws Exception {
        if ((question == null) == (batch == null)) {
            System.err.println("Give either a question or --batch FILE.jsonl.");
            return 2;
        }
        Config config = Config.fromEnv();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Backend backend = wiring.backend(config, CorpusFiles.shipped(), System.err, false)) {
            Asker asker = wiring.askers(config, backend).assisted();
            return batch == null ? answerOne(asker, out) : answerBatch(asker, out);
        }
    }

    private int answerOne(Asker asker, PrintStream out) {
        String text = QuestionText.normalise(question);
        if (text.isEmpty()) {
            System.err.println("The question has no visible characters.");
            return 2;
        }
        Answer answer = asker.ask(text, null);
        out.println(answer.answer());
        for (Citation c : answer.citations()) {
            out.printf("  [%s %s · %s · %s:%d] %s%n", c.docNo() == null ? "" : c.docNo(), c.title(), c.section(),
                    c.sourceFile(), c.line(), c.quote());
        }
        return 0;
    }

    private int answerBatch(Asker asker, PrintStream out) throws Exception {
        int failures = 0;
        try (BufferedReader in = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item;
                try {
                    item = JSON.readTree(line);
                } catch (Exception e) {
                    System.err.println(batch + ":" + number + ": not a JSON object, skipped (" + e.getMessage() + ")");
                    failures++;
                    continue;
                }
                Map<String, Object> answered = answerItem(asker, item);
                failures += answered.containsKey("error") ? 1 : 0;
                out.println(JSON.writeValueAsString(answered));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static Map<String, Object> answerItem(Asker asker, JsonNode item) {
        String text = QuestionText.normalise(item.path("question").asText(""));
        long start = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", item.path("id").isMissingNode() ? null : item.path("id").asText());
        result.put("question", text);
        if (text.isEmpty()) {
            result.put("error", "empty_question: the question has no visible characters");
            return result;
        }
        Answer answer;
        try {
            answer = askOnceMore(asker, text);
        } catch (RuntimeException e) {
            System.err.println("question " + result.get("id") + " not answered: " + e.getMessage());
            result.put("error", "not_answered: " + e.getMessage());
            return result;
        }
        result.put("answer", answer.answer());
        result.put("citations", answer.citations());
        result.put("elapsedMs", (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /**
     * One item of a batch must not end the batch: a read that fails once (a store read past its time limit while a
     * cold query plan is compiled on a loaded machine) is asked again before the item is recorded as an error.
     */
    private static Answer askOnceMore(Asker asker, String text) {
        try {
            return asker.ask(text, null);
        } catch (RuntimeException first) {
            System.err.println("asked again after: " + first.getMessage());
            return asker.ask(text, null);
        }
    }
}
