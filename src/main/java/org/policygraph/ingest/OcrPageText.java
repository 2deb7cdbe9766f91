package org.policygraph.ingest;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page image's text from its OCR blocks, laid out as {@link PdfText} lays out a page: a table the image shows
 * with ruling lines ({@link ImageRulings}) becomes rows through the same {@link PdfGrid}, each block's characters
 * placed in the cells they stand in (a block OCR read across a cell border is split there, and the border read as
 * "|" dropped); the other blocks become lines, top to bottom, a line's blocks left to right.
 */
final class OcrPageText {
    /** A page image is laid out in units of an A4 page's width in points, whatever its resolution. */
    private static final float PAGE_WIDTH = 595f;
    /** A gap wider than this many line heights between two blocks of a line separates columns. */
    private static final float COLUMN_GAP = 3f;

    private final float scale;
    private final List<PdfGrid> grids;

    /** The page's layout: its scale and the tables its ruling lines draw. */
    OcrPageText(BufferedImage image) {
        this.scale = PAGE_WIDTH / image.getWidth();
        this.grids = new ArrayList<>(PdfGrid.find(ImageRulings.of(image, scale)));
    }

    /** The page's lines, its tables as TAB rows among them, from the blocks OCR read on it. */
    List<String> lines(List<OcrBlock> blocks, ReadBudget budget) {
        List<OcrBlock> outside = new ArrayList<>();
        for (OcrBlock block : blocks) {
            StringBuilder rest = new StringBuilder();
            for (PdfGrid.Glyph glyph : glyphs(block, scale)) {
                PdfGrid grid = grids.stream().filter(g -> g.holds(glyph.x(), glyph.y())).findFirst().orElse(null);
                if (grid == null) {
                    rest.append(glyph.text());
                } else if (!glyph.text().equals("|")) {
                    grid.add(glyph);
                }
            }
            if (!rest.toString().isBlank()) {
                outside.add(new OcrBlock(block.page(), block.left(), block.top(), block.right(), block.bottom(),
                        rest.toString().strip()));
            }
        }
        grids.sort(PdfGrid.byTop());
        TextLines page = new TextLines(budget);
        int next = 0;
        for (List<OcrBlock> line : rows(outside)) {
            float y = line.get(0).top() * scale;
            while (next < grids.size() && grids.get(next).top() < y) {
                table(grids.get(next++), page, budget);
            }
            page.add(text(line));
        }
        while (next < grids.size()) {
            table(grids.get(next++), page, budget);
        }
        return RadicalFolding.fold(page.text()).strip().lines().toList();
    }

    /**
     * The block's characters, each placed along the block by its share of the width (a Chinese character or
     * full-width sign one share, anything else half), in page units.
     */
    private static List<PdfGrid.Glyph> glyphs(OcrBlock block, float scale) {
        String text = block.text();
        double total = text.codePoints().mapToDouble(OcrPageText::share).sum();
        List<PdfGrid.Glyph> glyphs = new ArrayList<>();
        float width = (block.right() - block.left()) * scale;
        float size = block.height() * scale;
        float y = block.middle() * scale;
        double at = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            double share = share(c);
            if (Character.isWhitespace(c)) {
                at += share;
                i += Character.charCount(c);
                continue;
            }
            float left = block.left() * scale + (float) (width * at / total);
            float right = block.left() * scale + (float) (width * (at + share) / total);
            glyphs.add(new PdfGrid.Glyph((left + right) / 2, y, left, right, block.bottom() * scale, size,
                    new String(Character.toChars(c))));
            at += share;
            i += Character.charCount(c);
        }
        return glyphs;
    }

    private static double share(int c) {
        return c >= 0x2E80 ? 1 : 0.5;
    }

    /** Blocks grouped into lines: a block whose middle lies within the first block's height joins its line. */
    private static List<List<OcrBlock>> rows(List<OcrBlock> blocks) {
        List<OcrBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingDouble(OcrBlock::top));
        List<List<OcrBlock>> rows = new ArrayList<>();
        for (OcrBlock block : sorted) {
            List<OcrBlock> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && Math.abs(block.middle() - row.get(0).middle()) < row.get(0).height() / 2) {
                row.add(block);
            } else {
                rows.add(new ArrayList<>(List.of(block)));
            }
        }
        rows.forEach(row -> row.sort(Comparator.comparingDouble(OcrBlock::left)));
        return rows;
    }

    private static String text(List<OcrBlock> line) {
        StringBuilder text = new StringBuilder(line.get(0).text());
        for (int i = 1; i < line.size(); i++) {
            OcrBlock previous = line.get(i - 1);
            OcrBlock block = line.get(i);
            float gap = block.left() - previous.right();
            text.append(gap > COLUMN_GAP * previous.height() ? "\t" : latinJoin(text, block.text()) ? " " : "");
            text.append(block.text());
        }
        return text.toString();
    }

    private static boolean latinJoin(CharSequence before, String after) {
        return before.length() > 0 && before.charAt(before.length() - 1) < 0x2E80 && !after.isEmpty()
                && after.charAt(0) < 0x2E80;
    }

    private static void table(PdfGrid grid, TextLines page, ReadBudget budget) {
        List<TextLines.Row> rows = grid.rows();
        rows.forEach(row -> budget.cells(row.cells().size()));
        page.table(rows);
    }
}
