package org.policygraph.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A page photo or scan as an image (.png, .jpg, .jpeg): read by OCR ({@link PageOcr}) and laid out like a scanned
 * PDF page ({@link OcrPageText}). The image's size is checked before it is decoded: one of more than
 * {@link #MAX_PIXELS} pixels is refused as too large, one under {@link #MIN_SIDE} pixels a side as no page.
 */
final class ImageText implements FormatReader {
    static final long MAX_PIXELS = 60_000_000L;
    /** A page photo narrower or lower than this shows no legible page. */
    static final int MIN_SIDE = 200;
    private final PageOcr ocr;

    ImageText(PageOcr ocr) {
        this.ocr = ocr;
    }

    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        String kind = FileSignature.describe(content);
        if (kind == null || !(kind.equals("a PNG image") || kind.equals("a JPEG image"))) {
            throw UnreadableFileException.broken(fileName, "not a PNG or JPEG image" + (kind == null ? "" : " but " + kind));
        }
        try (PageOcr.Batch batch = ocr.batch(fileName, budget)) {
            BufferedImage image = decode(fileName, content);
            budget.pages(1);
            budget.page();
            OcrPageText layout = new OcrPageText(image);
            batch.add(image);
            List<String> lines = layout.lines(batch.read().get(0), budget);
            return String.join("\n", lines).strip();
        }
    }

    private static BufferedImage decode(String fileName, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw UnreadableFileException.broken(fileName, "a damaged image: it cannot be decoded");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (Math.min(reader.getWidth(0), reader.getHeight(0)) < MIN_SIDE) {
                    throw UnreadableFileException.broken(fileName, "an image of " + reader.getWidth(0) + " by "
                            + reader.getHeight(0) + " pixels, too small to show a page of text");
                }
                if (pixels > MAX_PIXELS) {
                    throw new FileTooCostlyException(fileName, pixels + " pixels, more than " + MAX_PIXELS);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException || e instanceof FileTooCostlyException) {
                throw (RuntimeException) e;
            }
            throw UnreadableFileException.broken(fileName, "a damaged image: it cannot be decoded", e);
        }
    }
}
