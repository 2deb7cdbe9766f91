package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of one table cell from its glyphs: lines by baseline, each left to right, wrapped lines joined. A space
 * is put only between Latin letters or digits that a gap separates, never between Chinese characters.
 */
final class PdfCellText {
    private PdfCellText() {
    }

    static String of(List<PdfGrid.Glyph> glyphs) {
        List<PdfGrid.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGrid.Glyph::baseline));
        List<List<PdfGrid.Glyph>> lines = new ArrayList<>();
        for (PdfGrid.Glyph glyph : sorted) {
            List<PdfGrid.Glyph> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line != null && Math.abs(glyph.baseline() - line.get(0).baseline()) <= 0.5f * glyph.size()) {
                line.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<PdfGrid.Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(PdfGrid.Glyph::left));
            PdfGrid.Glyph previous = null;
            for (PdfGrid.Glyph glyph : line) {
                boolean gap = previous == null || glyph.left() - previous.right() > 0.25f * glyph.size();
                if (gap && !text.isEmpty() && latin(text.charAt(text.length() - 1)) && !glyph.text().isEmpty()
                        && latin(glyph.text().charAt(0))) {
                    text.append(' ');
                }
                text.append(glyph.text());
                previous = glyph;
            }
        }
        return TextLines.cell(text.toString().replaceAll(" +", " "));
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
