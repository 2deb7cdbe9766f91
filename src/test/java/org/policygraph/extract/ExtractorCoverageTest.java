package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorCoverageTest {
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*[（(]?\\s*(牵头单位|责任单位)\\s*[:：]");
    private static List<ExtractedDocument> all;

    @BeforeAll
    static void extractCorpus() {
        all = CorpusExtraction.extractAll();
    }

    private static String folded(String s) {
        return s.replaceAll("[\\s\u3000]+", "").replace('(', '（').replace(')', '）').replace(':', '：')
                .replace(',', '，').replaceAll("[。，、]+$", "");
    }

    @Test
    void should_turn_every_lead_and_responsible_line_of_the_gazette_into_responsibilities() throws IOException {
        // given every 牵头单位/责任单位 line of the raw gazette file
        List<String> lines = Files.readAllLines(CorpusExtraction.CORPUS.resolve("2017-zhengzhou-gazette-march.txt"),
                StandardCharsets.UTF_8);
        List<String> labelLines = lines.stream().filter(l -> LABEL_LINE.matcher(l).find()).map(l -> folded(l)).toList();

        // when
        List<String> quotes = all.stream().flatMap(d -> d.tasks().stream())
                .flatMap(t -> t.responsibilities().stream()).map(r -> folded(r.quote())).distinct().toList();

        // then
        List<String> unread = new ArrayList<>();
        for (String line : labelLines) {
            if (quotes.stream().noneMatch(q -> q.contains(line) || line.contains(q))) {
                unread.add(line);
            }
        }
        assertThat(labelLines).hasSizeGreaterThan(80);
        assertThat(unread).isEmpty();
    }

    @Test
    void should_not_keep_one_body_under_two_spellings_across_the_corpus() {
        Map<String, Department> departments = new LinkedHashMap<>();
        all.forEach(d -> d.departments().forEach(dep -> departments.putIfAbsent(dep.name(), dep)));

        List<String> spelledTwice = new ArrayList<>();
        for (Department d : departments.values()) {
            CorpusExtraction.DICTIONARY.resolve(d.name(), null).filter(known -> !known.name().equals(d.name()))
                    .ifPresent(known -> spelledTwice.add(d.name() + " = " + known.name()));
            CorpusExtraction.DICTIONARY.resolve(d.fullName(), null).filter(known -> !known.name().equals(d.name()))
                    .ifPresent(known -> spelledTwice.add(d.fullName() + " = " + known.name()));
        }

        assertThat(departments).hasSizeGreaterThan(60);
        assertThat(spelledTwice).isEmpty();
        assertThat(departments.values().stream().filter(Department::inDictionary).map(Department::fullName))
                .doesNotHaveDuplicates();
    }

    @Test
    void should_keep_city_and_province_bodies_and_health_bureaus_apart() {
        assertThat(CorpusExtraction.DICTIONARY.resolve("发改委", null)).map(Department::name).contains("市发展改革委");
        assertThat(CorpusExtraction.DICTIONARY.resolve("省发改委", null)).map(Department::name).contains("省发展改革委");
        assertThat(CorpusExtraction.DICTIONARY.resolve("卫生局", null)).map(Department::name).contains("市卫生局");
        assertThat(CorpusExtraction.DICTIONARY.resolve("卫计委", null)).map(Department::name).contains("市卫计委");
    }

    @Test
    void should_extract_the_whole_corpus_in_less_than_three_seconds_of_cpu() {
        var bean = ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();

        List<ExtractedDocument> again = CorpusExtraction.extractAll();

        long cpuMillis = (bean.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertThat(again).hasSize(CorpusExtraction.PARSED.size());
        assertThat(cpuMillis).isLessThan(3000);
    }
}
