package org.policygraph.extract.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proof by re-rendering: every gold task of ../shared/real/gold.jsonl that names a lead, written again in each layout
 * an office may use (label lines with the wordings of roles.tsv, every bracket kind, verb forms, tables of varied
 * headers with section rows, a person and a progress column, one cell per line), must give the gold's leads,
 * supports and deadline through the real parser and extractor (in-process, no store).
 */
class ReRenderingTest {
    private static final double BAR = 0.98;

    @Test
    void should_read_the_same_responsibility_and_deadline_whatever_the_layout() {
        Map<String, GoldScore> scores = scoreEveryLayout();

        scores.forEach((layout, score) -> System.out.printf("%-36s %s%n", layout, score));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(12);
        scores.forEach((layout, score) -> {
            assertThat(score.f1(GoldScore.Field.LEADS)).as(layout + " leads " + score.misses).isGreaterThanOrEqualTo(BAR);
            assertThat(score.f1(GoldScore.Field.SUPPORTS)).as(layout + " supports " + score.misses).isGreaterThanOrEqualTo(BAR);
            assertThat(score.f1(GoldScore.Field.DEADLINE)).as(layout + " deadline " + score.misses).isGreaterThanOrEqualTo(BAR);
        });
    }

    static Map<String, GoldScore> scoreEveryLayout() {
        Map<String, List<RenderTask>> byFile = new LinkedHashMap<>();
        RenderTask.all().forEach(t -> byFile.computeIfAbsent(t.gold().file(), f -> new ArrayList<>()).add(t));
        Map<String, GoldScore> out = new LinkedHashMap<>();
        for (Layouts.Layout layout : Layouts.all()) {
            GoldScore score = new GoldScore();
            byFile.forEach((file, tasks) -> {
                List<ExportedTask> exported = RealPlansScore.extract(
                        file.replace(".txt", layout.extension()), layout.bytes(tasks));
                tasks.forEach(t -> score.add(new GoldTask(file.replace(".txt", layout.extension()), -1, t.gold().task(), t.leads(),
                        t.gold().leadBasis(), t.supports(), t.gold().deadline()), exported));
            });
            out.put(layout.name(), score);
        }
        return out;
    }

    /** Prints each layout's score and its misses: {@code java … ReRenderingTest [layout words]}. */
    public static void main(String[] args) {
        scoreEveryLayout().forEach((layout, score) -> {
            if (args.length == 0 || layout.contains(args[0])) {
                score.misses.forEach(m -> System.out.println(layout + " | " + m));
            }
            System.out.printf("%-36s %s%n", layout, score);
        });
    }
}
