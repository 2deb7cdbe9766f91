package org.policygraph.ingest;

/** One line of text OCR found on a page image: its box in pixels from the top left, and what it reads. */
record OcrBlock(int page, float left, float top, float right, float bottom, String text) {
    float height() {
        return bottom - top;
    }

    float middle() {
        return (top + bottom) / 2;
    }
}
