package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which ruling lines make a table: a ruled grid does, a frame or a fine hatching does not. */
class PdfGridTest {
    @Test
    void should_find_a_table_in_a_ruled_grid_and_repeat_a_cell_that_spans_two_columns() {
        List<PdfGrid.Segment> lines = new ArrayList<>(grid(3, 3, 100, 20));
        lines.removeIf(s -> !s.horizontal() && s.x0() == 100 && s.y0() == 0);
        PdfGrid grid = PdfGrid.find(lines).get(0);
        grid.add(new PdfGrid.Glyph(50, 10, 45, 55, 14, 10, "合"));
        grid.add(new PdfGrid.Glyph(50, 30, 45, 55, 34, 10, "甲"));
        grid.add(new PdfGrid.Glyph(150, 30, 145, 155, 34, 10, "乙"));

        List<TextLines.Row> rows = grid.rows();

        assertThat(rows.get(0).cells()).containsExactly("合", "合", "");
        assertThat(rows.get(1).cells()).containsExactly("甲", "乙", "");
    }

    @Test
    void should_not_take_a_frame_or_a_hatching_of_more_cells_than_a_page_prints_for_a_table() {
        List<PdfGrid.Segment> frame = grid(1, 1, 400, 600);
        List<PdfGrid.Segment> hatching = grid(200, 200, 4, 4);

        assertThat(PdfGrid.find(frame)).isEmpty();
        assertThat(PdfGrid.find(hatching)).isEmpty();
    }

    /** Ruling lines of a grid of {@code columns} x {@code rows} cells of the given size, from (0, 0). */
    private static List<PdfGrid.Segment> grid(int columns, int rows, float width, float height) {
        List<PdfGrid.Segment> lines = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            lines.add(new PdfGrid.Segment(true, 0, r * height, columns * width, r * height));
        }
        for (int c = 0; c <= columns; c++) {
            for (int r = 0; r < rows; r++) {
                lines.add(new PdfGrid.Segment(false, c * width, r * height, c * width, (r + 1) * height));
            }
        }
        return lines;
    }
}
