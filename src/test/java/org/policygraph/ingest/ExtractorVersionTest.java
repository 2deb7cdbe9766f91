package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorVersionTest {
    @Test
    void should_depend_on_parse_and_extract_code_and_dictionaries_but_not_on_the_asker_the_web_page_or_the_corpus() {
        assertThat(ExtractorVersion.isInput("org/policygraph/extract/Extractor.class")).isTrue();
        assertThat(ExtractorVersion.isInput("org/policygraph/parse/CorpusParser.class")).isTrue();
        assertThat(ExtractorVersion.isInput("graph-import/departments.tsv")).isTrue();
        assertThat(ExtractorVersion.isInput("graph-import/box-words.txt")).isTrue();
        assertThat(ExtractorVersion.isInput("cypher/import-documents.cypher")).isTrue();
        assertThat(ExtractorVersion.isInput("org/policygraph/web/WebServer.class")).isFalse();
        assertThat(ExtractorVersion.isInput("public/index.html")).isFalse();
        assertThat(ExtractorVersion.isInput("graph-import/corpus/2017-zhengzhou-gazette-march.txt")).isFalse();
        assertThat(ExtractorVersion.isInput("org/policygraph/ingest/Importer.class")).isTrue();
        assertThat(ExtractorVersion.isInput("org/policygraph/ask/question/QuestionReader.class")).isFalse();
        assertThat(ExtractorVersion.isInput("graph-import/glossary.tsv")).isFalse();
        assertThat(ExtractorVersion.isInput("graph-import/question-cues.tsv")).isFalse();
    }

    @Test
    void should_be_the_same_for_the_same_build() {
        assertThat(ExtractorVersion.current()).hasSize(64).isEqualTo(ExtractorVersion.current());
    }
}
