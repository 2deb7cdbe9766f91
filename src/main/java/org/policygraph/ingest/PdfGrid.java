package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table a PDF page draws with ruling lines: the columns cut at its vertical lines, the rows at its horizontal ones.
 * The glyphs inside it are gathered per cell; where a line between two grid cells is missing they are one merged
 * cell, whose text is repeated into every row and column it covers, as the other formats do.
 */
final class PdfGrid {
    /** A ruling line, in page coordinates from the top left: y0 &lt;= y1 and x0 &lt;= x1. */
    record Segment(boolean horizontal, float x0, float y0, float x1, float y1) {
    }

    /** One glyph: its centre, its left and right edges, its baseline and size. */
    record Glyph(float x, float y, float left, float right, float baseline, float size, String text) {
    }

    /** More grid cells than a page can print legibly: a hatching or a drawing, not a table. */
    static final int MAX_CELLS = 20_000;
    private static final float TOLERANCE = 3f;
    private final List<Float> xs;
    private final List<Float> ys;
    private final List<Segment> lines;
    private final List<Glyph> glyphs = new ArrayList<>();

    private PdfGrid(List<Float> xs, List<Float> ys, List<Segment> lines) {
        this.xs = xs;
        this.ys = ys;
        this.lines = lines;
    }

    /**
     * The tables the page's ruling lines draw: connected lines making at least two rows and two columns, and at most
     * {@link #MAX_CELLS} cells.
     */
    static List<PdfGrid> find(List<Segment> segments) {
        List<PdfGrid> grids = new ArrayList<>();
        for (List<Segment> component : PdfRulingGroups.connected(segments, TOLERANCE)) {
            List<Float> xs = cut(component.stream().filter(s -> !s.horizontal()).map(Segment::x0).toList());
            List<Float> ys = cut(component.stream().filter(Segment::horizontal).map(Segment::y0).toList());
            long cells = (long) (xs.size() - 1) * (ys.size() - 1);
            if (xs.size() >= 3 && ys.size() >= 3 && cells <= MAX_CELLS) {
                grids.add(new PdfGrid(xs, ys, component));
            }
        }
        return grids;
    }

    float top() {
        return ys.get(0);
    }

    boolean holds(float x, float y) {
        return x >= xs.get(0) && x <= xs.get(xs.size() - 1) && y >= ys.get(0) && y <= ys.get(ys.size() - 1);
    }

    void add(Glyph glyph) {
        glyphs.add(glyph);
    }

    /** The table's rows, merged cells repeated; a row that is one cell across the table spans all. */
    List<TextLines.Row> rows() {
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        int[] owner = new int[rows * columns];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !ruled(false, xs.get(c + 1), (ys.get(r) + ys.get(r + 1)) / 2)) {
                    union(owner, r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !ruled(true, ys.get(r + 1), (xs.get(c) + xs.get(c + 1)) / 2)) {
                    union(owner, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        List<List<Glyph>> cells = new ArrayList<>();
        for (int i = 0; i < owner.length; i++) {
            cells.add(new ArrayList<>());
        }
        for (Glyph glyph : glyphs) {
            int r = band(ys, glyph.y());
            int c = band(xs, glyph.x());
            cells.get(root(owner, r * columns + c)).add(glyph);
        }
        List<TextLines.Row> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> texts = new ArrayList<>();
            boolean one = true;
            for (int c = 0; c < columns; c++) {
                int group = root(owner, r * columns + c);
                one &= group == root(owner, r * columns);
                texts.add(PdfCellText.of(cells.get(group)));
            }
            out.add(new TextLines.Row(texts, one && columns > 1));
        }
        return out;
    }

    /** Whether a ruling line runs along {@code at} (a y for a horizontal line, an x for a vertical one) across {@code through}. */
    private boolean ruled(boolean horizontal, float at, float through) {
        return lines.stream().filter(s -> s.horizontal() == horizontal).anyMatch(s -> horizontal
                ? Math.abs(s.y0() - at) <= TOLERANCE && s.x0() - TOLERANCE <= through && through <= s.x1() + TOLERANCE
                : Math.abs(s.x0() - at) <= TOLERANCE && s.y0() - TOLERANCE <= through && through <= s.y1() + TOLERANCE);
    }

    /** Positions closer than the tolerance are one cut (a double border is one line). */
    private static List<Float> cut(List<Float> positions) {
        List<Float> sorted = positions.stream().sorted().toList();
        List<Float> cuts = new ArrayList<>();
        for (float p : sorted) {
            if (cuts.isEmpty() || p - cuts.get(cuts.size() - 1) > TOLERANCE) {
                cuts.add(p);
            }
        }
        return cuts;
    }

    private static int band(List<Float> cuts, float at) {
        for (int i = 1; i < cuts.size(); i++) {
            if (at < cuts.get(i)) {
                return i - 1;
            }
        }
        return cuts.size() - 2;
    }

    private static int root(int[] owner, int i) {
        while (owner[i] != i) {
            owner[i] = owner[owner[i]];
            i = owner[i];
        }
        return i;
    }

    private static void union(int[] owner, int a, int b) {
        owner[root(owner, a)] = root(owner, b);
    }

    static Comparator<PdfGrid> byTop() {
        return Comparator.comparingDouble(PdfGrid::top);
    }
}
