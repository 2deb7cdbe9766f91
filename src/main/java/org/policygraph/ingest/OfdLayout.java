package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policygraph.ingest.OfdPageText.Piece;

/**
 * An OFD page's text pieces laid out: those inside a table its ruling lines draw ({@link PdfGrid}, in points as for a
 * PDF) become that table's cells; the others make lines, pieces whose baselines meet read left to right with a space
 * where a gap wider than a character separates them. Lines and tables are written top to bottom.
 */
final class OfdLayout {
    private static final double POINTS_PER_MM = OfdPageText.POINTS_PER_MM;

    private OfdLayout() {
    }

    static void write(List<Piece> pieces, List<PdfGrid.Segment> rulings, TextLines out, ReadBudget budget) {
        List<PdfGrid> grids = new ArrayList<>(PdfGrid.find(rulings));
        List<Piece> outside = new ArrayList<>();
        for (Piece piece : pieces) {
            float x = (float) ((piece.x0() + piece.x1()) / 2 * POINTS_PER_MM);
            float y = (float) ((piece.y() - piece.size() / 2) * POINTS_PER_MM);
            PdfGrid grid = grids.stream().filter(g -> g.holds(x, y)).findFirst().orElse(null);
            if (grid == null) {
                outside.add(piece);
            } else {
                grid.add(new PdfGrid.Glyph(x, y, (float) (piece.x0() * POINTS_PER_MM), (float) (piece.x1() * POINTS_PER_MM),
                        (float) (piece.y() * POINTS_PER_MM), (float) (piece.size() * POINTS_PER_MM), piece.text()));
            }
        }
        grids.sort(PdfGrid.byTop());
        int next = 0;
        for (List<Piece> line : lines(outside)) {
            while (next < grids.size() && grids.get(next).top() < line.get(0).y() * POINTS_PER_MM) {
                table(grids.get(next++), out, budget);
            }
            out.add(join(line));
        }
        while (next < grids.size()) {
            table(grids.get(next++), out, budget);
        }
    }

    private static void table(PdfGrid grid, TextLines out, ReadBudget budget) {
        List<TextLines.Row> rows = grid.rows();
        rows.forEach(row -> budget.cells(row.cells().size()));
        out.table(rows);
    }

    private static List<List<Piece>> lines(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(Piece::y));
        List<List<Piece>> lines = new ArrayList<>();
        for (Piece piece : sorted) {
            List<Piece> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line != null && Math.abs(piece.y() - line.get(0).y()) <= 0.4 * Math.max(piece.size(), line.get(0).size())) {
                line.add(piece);
            } else {
                lines.add(new ArrayList<>(List.of(piece)));
            }
        }
        return lines;
    }

    private static String join(List<Piece> line) {
        line.sort(Comparator.comparingDouble(Piece::x0));
        StringBuilder text = new StringBuilder();
        Piece previous = null;
        for (Piece piece : line) {
            if (previous != null && piece.x0() - previous.x1() > 0.8 * piece.size()) {
                text.append(' ');
            }
            text.append(piece.text());
            previous = piece;
        }
        return text.toString().strip();
    }

}
