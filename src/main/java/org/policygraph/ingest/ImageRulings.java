package org.policygraph.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines a page image shows (a scanned or photographed table's borders): runs of dark pixels far longer
 * than a character, horizontal and vertical, the runs of neighbouring pixel rows (or columns) joined into one line
 * of some thickness. Given as {@link PdfGrid.Segment}s scaled by {@code scale}, so that a scanned table goes through
 * the same grid as a PDF's drawn one. A dark area thicker than a ruling line (a photo, a seal) gives none.
 */
final class ImageRulings {
    /** Darker than paper: thin gray borders (a hairline prints at 160 of 255 at 200 dpi) still count. */
    private static final int DARK = 200;
    private static final int GAP = 2;

    private ImageRulings() {
    }

    static List<PdfGrid.Segment> of(BufferedImage image, float scale) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean[][] dark = dark(image);
        List<PdfGrid.Segment> segments = new ArrayList<>();
        segments.addAll(lines(dark, width, height, true, Math.max(40, width / 12), Math.max(3, height / 150), scale));
        segments.addAll(lines(dark, height, width, false, Math.max(30, height / 40), Math.max(3, width / 150), scale));
        return segments.size() > PdfRulings.MAX_SEGMENTS ? List.of() : segments;
    }

    /** dark[y][x]: the pixel is darker than paper. */
    private static boolean[][] dark(BufferedImage image) {
        Raster raster = image.getRaster();
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        boolean[][] dark = new boolean[image.getHeight()][image.getWidth()];
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            if (gray) {
                raster.getSamples(0, y, image.getWidth(), 1, 0, row);
            } else {
                image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
                for (int x = 0; x < row.length; x++) {
                    int rgb = row[x];
                    row[x] = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                }
            }
            for (int x = 0; x < row.length; x++) {
                dark[y][x] = row[x] < DARK;
            }
        }
        return dark;
    }

    /**
     * Runs along one axis ({@code along} pixels long, {@code across} of them), at least {@code shortest} long, those
     * of neighbouring rows overlapping joined; a join thicker than {@code thickest} is a dark area, not a line.
     */
    private static List<PdfGrid.Segment> lines(boolean[][] dark, int along, int across, boolean horizontal,
                                               int shortest, int thickest, float scale) {
        List<int[]> open = new ArrayList<>();
        List<int[]> done = new ArrayList<>();
        for (int a = 0; a < across; a++) {
            List<int[]> runs = runs(dark, a, along, horizontal, shortest);
            for (int[] run : runs) {
                int[] joined = null;
                for (int[] line : open) {
                    if (line[3] >= a - GAP && Math.min(line[1], run[1]) - Math.max(line[0], run[0]) > 0) {
                        joined = line;
                        break;
                    }
                }
                if (joined == null) {
                    open.add(new int[] {run[0], run[1], a, a});
                } else {
                    joined[0] = Math.min(joined[0], run[0]);
                    joined[1] = Math.max(joined[1], run[1]);
                    joined[3] = a;
                }
            }
            final int at = a;
            open.removeIf(line -> {
                if (line[3] < at - GAP) {
                    done.add(line);
                    return true;
                }
                return false;
            });
        }
        done.addAll(open);
        List<PdfGrid.Segment> segments = new ArrayList<>();
        for (int[] line : done) {
            if (line[3] - line[2] + 1 > thickest) {
                continue;
            }
            float middle = (line[2] + line[3]) / 2f * scale;
            segments.add(horizontal ? new PdfGrid.Segment(true, line[0] * scale, middle, line[1] * scale, middle)
                    : new PdfGrid.Segment(false, middle, line[0] * scale, middle, line[1] * scale));
        }
        return segments;
    }

    /** The runs of dark pixels of row (or column) {@code a}, short gaps bridged: {start, end}. */
    private static List<int[]> runs(boolean[][] dark, int a, int along, boolean horizontal, int shortest) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int i = 0; i < along; i++) {
            boolean on = horizontal ? dark[a][i] : dark[i][a];
            if (!on) {
                continue;
            }
            if (start >= 0 && i - last > GAP + 1) {
                if (last - start + 1 >= shortest) {
                    runs.add(new int[] {start, last});
                }
                start = -1;
            }
            if (start < 0) {
                start = i;
            }
            last = i;
        }
        if (start >= 0 && last - start + 1 >= shortest) {
            runs.add(new int[] {start, last});
        }
        return runs;
    }
}
