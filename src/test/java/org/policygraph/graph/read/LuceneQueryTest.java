package org.policygraph.graph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User text as a full-text query: operators escaped, and never longer than Lucene's clause limit allows. */
class LuceneQueryTest {
    @Test
    void should_escape_operators_so_that_text_is_only_terms() {
        assertThat(LuceneQuery.escape("跨境电商 AND (物流) OR x:y")).isEqualTo("跨境电商 and \\(物流\\) or x\\:y");
    }

    @Test
    void should_search_only_the_beginning_of_a_pasted_paragraph() {
        String paragraph = "推进中欧班列开放平台建设".repeat(500);

        String query = LuceneQuery.escape(paragraph);

        assertThat(query).hasSize(LuceneQuery.MAX_CHARS).isEqualTo(paragraph.substring(0, LuceneQuery.MAX_CHARS));
    }

    @Test
    void should_not_cut_a_character_outside_the_basic_plane_in_half() {
        String text = "中".repeat(LuceneQuery.MAX_CHARS - 1) + "𠀀" + "后";

        assertThat(LuceneQuery.escape(text)).hasSize(LuceneQuery.MAX_CHARS - 1).doesNotContain("\uD840");
    }
}
