package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout of an OCR'd page without running OCR: a page image with a table drawn in thin gray lines, and the text
 * blocks OCR gives for it (as RapidOCR gave them for the scanned plan, one block read across a cell border with the
 * border as "|").
 */
class OcrPageTextTest {
    private static final int[] COLUMNS = {100, 180, 900, 1150, 1500, 1800};
    private static final int[] ROWS = {400, 480, 600, 720};

    @Test
    void should_put_a_scanned_tables_text_in_its_cells_splitting_a_line_read_across_a_border() {
        List<OcrBlock> blocks = List.of(
                block(100, 200, 1300, 250, "清河市人民政府办公室关于印发重点工作任务分解方案的通知"),
                block(110, 420, 170, 460, "序号"), block(400, 420, 560, 460, "重点任务"),
                block(950, 420, 1110, 460, "牵头单位"), block(1200, 420, 1360, 460, "配合单位"),
                block(1550, 420, 1710, 460, "完成时限"),
                block(120, 520, 150, 560, "1"), block(200, 520, 880, 560, "编制全市重大项目年度投资计划"),
                block(950, 520, 1110, 560, "市发展改革委"), block(1170, 520, 1480, 560, "市财政局、市统计局"),
                block(1520, 520, 1790, 560, "2024年3月底前"),
                block(120, 640, 150, 680, "2"), block(200, 640, 1120, 680, "实施城市更新行动，改造老旧小区|市城建委"),
                block(1170, 640, 1480, 680, "市财政局、市规划局"), block(1520, 640, 1790, 680, "2024年10月底前"),
                block(100, 800, 700, 840, "清河市人民政府办公室"));

        List<String> lines = new OcrPageText(page()).lines(blocks, new ReadBudget("scan.pdf"));

        assertThat(lines).contains("序号\t重点任务\t牵头单位\t配合单位\t完成时限",
                "1\t编制全市重大项目年度投资计划\t市发展改革委\t市财政局、市统计局\t2024年3月底前",
                "2\t实施城市更新行动，改造老旧小区\t市城建委\t市财政局、市规划局\t2024年10月底前");
        assertThat(lines.get(0)).startsWith("清河市人民政府办公室关于印发");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("清河市人民政府办公室");
    }

    @Test
    void should_read_a_page_without_ruling_lines_as_lines_top_to_bottom_left_to_right() {
        BufferedImage blank = new BufferedImage(1800, 2400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1800, 2400);
        g.dispose();
        List<OcrBlock> blocks = List.of(block(600, 300, 900, 340, "工作要求"), block(100, 100, 700, 140, "一、总体目标"),
                block(90, 302, 560, 338, "二、"));

        assertThat(new OcrPageText(blank).lines(blocks, new ReadBudget("photo.png")))
                .containsExactly("一、总体目标", "二、工作要求");
    }

    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(1800, 2400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1800, 2400);
        g.setColor(new Color(160, 160, 160));
        g.setStroke(new BasicStroke(2));
        for (int y : ROWS) {
            g.drawLine(COLUMNS[0], y, COLUMNS[COLUMNS.length - 1], y);
        }
        for (int x : COLUMNS) {
            g.drawLine(x, ROWS[0], x, ROWS[ROWS.length - 1]);
        }
        g.dispose();
        return image;
    }

    private static OcrBlock block(int left, int top, int right, int bottom, String text) {
        return new OcrBlock(0, left, top, right, bottom, text);
    }
}
