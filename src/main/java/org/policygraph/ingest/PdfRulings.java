package org.policygraph.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The ruling lines a PDF page draws (table borders): stroked horizontal and vertical path segments, and thin filled
 * rectangles (how browsers draw borders), in page coordinates from the top left like PDFBox's text positions.
 * A rectangle that is not thin gives its four edges (a cell drawn as a box). At most {@link #MAX_SEGMENTS} a page.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {
    static final int MAX_SEGMENTS = 5_000;
    private static final float THIN = 2.5f;
    private static final float SHORTEST = 4f;
    private final List<PdfGrid.Segment> segments = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final float top;
    private final float left;
    private Point2D.Float current = new Point2D.Float();

    PdfRulings(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.top = box.getUpperRightY();
        this.left = box.getLowerLeftX();
    }

    static List<PdfGrid.Segment> of(PDPage page) throws IOException {
        PdfRulings rulings = new PdfRulings(page);
        rulings.processPage(page);
        return rulings.segments;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        path.add(new float[] {x0, y0, x1, y1, 1});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {current.x, current.y, x, y, 0});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        keep();
    }

    @Override
    public void fillPath(int windingRule) {
        keep();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        keep();
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    /** A Type 3 font draws its glyphs with paths: strokes of letters, not rulings. */
    @Override
    protected void showType3Glyph(Matrix matrix, PDType3Font font, int code, Vector displacement) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void keep() {
        for (float[] p : path) {
            if (p[4] == 0) {
                line(p[0], p[1], p[2], p[3]);
            } else if (p[2] - p[0] <= THIN || p[3] - p[1] <= THIN) {
                float midY = (p[1] + p[3]) / 2;
                float midX = (p[0] + p[2]) / 2;
                if (p[2] - p[0] >= p[3] - p[1]) {
                    line(p[0], midY, p[2], midY);
                } else {
                    line(midX, p[1], midX, p[3]);
                }
            } else {
                line(p[0], p[1], p[2], p[1]);
                line(p[0], p[3], p[2], p[3]);
                line(p[0], p[1], p[0], p[3]);
                line(p[2], p[1], p[2], p[3]);
            }
        }
        path.clear();
    }

    private void line(float x0, float y0, float x1, float y1) {
        if (segments.size() >= MAX_SEGMENTS) {
            return;
        }
        boolean horizontal = Math.abs(y1 - y0) < 1 && Math.abs(x1 - x0) >= SHORTEST;
        boolean vertical = Math.abs(x1 - x0) < 1 && Math.abs(y1 - y0) >= SHORTEST;
        if (horizontal || vertical) {
            segments.add(new PdfGrid.Segment(horizontal, Math.min(x0, x1) - left, top - Math.max(y0, y1),
                    Math.max(x0, x1) - left, top - Math.min(y0, y1)));
        }
    }
}
