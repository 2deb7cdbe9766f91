package org.policygraph.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * One PDF page's text as PDFBox's stripper reads it (sorted by position), line by line with each line's height on
 * the page, except the glyphs inside a ruled table ({@link PdfGrid}), which go to that table's cells instead.
 */
final class PdfPageLines extends PDFTextStripper {
    /** A line of text and the baseline of its first glyph, from the top of the page. */
    record Line(float y, String text) {
    }

    private final List<PdfGrid> grids;
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private float currentY = Float.NaN;

    PdfPageLines(List<PdfGrid> grids) {
        this.grids = grids;
        setSortByPosition(true);
        setLineSeparator("\n");
    }

    /** Reads page {@code page} (from 1); the lines outside tables are returned, the tables hold the rest. */
    List<Line> read(PDDocument document, int page) throws IOException {
        setStartPage(page);
        setEndPage(page);
        writeText(document, Writer.nullWriter());
        flush();
        return lines;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        float x = text.getXDirAdj() + text.getWidthDirAdj() / 2;
        float y = text.getYDirAdj() - text.getHeightDir() / 2;
        for (PdfGrid grid : grids) {
            if (grid.holds(x, y)) {
                grid.add(new PdfGrid.Glyph(x, y, text.getXDirAdj(), text.getXDirAdj() + text.getWidthDirAdj(),
                        text.getYDirAdj(), Math.max(text.getFontSizeInPt(), text.getHeightDir()), text.getUnicode()));
                return;
            }
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (Float.isNaN(currentY) && !positions.isEmpty()) {
            currentY = positions.get(0).getYDirAdj();
        }
        current.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        current.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            lines.add(new Line(Float.isNaN(currentY) ? 0 : currentY, text));
        }
        current.setLength(0);
        currentY = Float.NaN;
    }
}
