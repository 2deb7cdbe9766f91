package org.policygraph.ingest;

import java.time.Duration;

/**
 * What reading one file may cost, counted as the reader goes, so that a hostile or careless file is refused with a
 * plain reason ({@link FileTooCostlyException}, HTTP 413) before it can fill the heap or hold a core for long. One
 * budget is made per file read by {@link DocumentFormats} and handed to its {@link FormatReader}; a reader counts
 * through it and never catches what it throws:
 * <ul>
 *   <li>{@link #archive(byte[])} before a library opens a zip-based file (.docx, .xlsx, .ofd): the entries, the
 *       bytes they inflate to and the XML elements of their XML parts are counted in one streaming pass, so a
 *       many-million-paragraph {@code document.xml} is refused before the library builds its tree;</li>
 *   <li>{@link #elements(long)} for markup parsed into a tree (HTML), before parsing where it can be counted;</li>
 *   <li>{@link #pages(int)} with a document's page count before any page is read, {@link #page()} per page read;</li>
 *   <li>{@link #ocr(int)} before page images go to OCR: each such page adds {@link #OCR_SECONDS_PER_PAGE} to the
 *       time allowed, since OCR takes seconds a page where reading a text layer takes milliseconds;</li>
 *   <li>{@link #paragraph()} per paragraph or line, {@link #cells(int)} per table row, {@link #characters(long)}
 *       per piece of text kept.</li>
 * </ul>
 * Every count also checks the time spent since the budget was made. {@link Limits#DEFAULT} suits any work plan:
 * the largest file shipped (a 48-document gazette) uses under a tenth of each limit.
 */
public final class ReadBudget {
    /** The most one file may hold; each limit names one thing counted. */
    public record Limits(int archiveEntries, long inflatedBytes, long elements, int pages, int paragraphs,
                         long tableCells, long characters, Duration time) {
        public static final Limits DEFAULT = new Limits(2_000, 64L << 20, 1_000_000, 1_500, 200_000,
                500_000, 5_000_000, Duration.ofSeconds(30));
    }

    /** The time an OCR'd page may add to the reading (the worker's own limit a page is higher, for a busy machine). */
    static final int OCR_SECONDS_PER_PAGE = 90;
    private final String fileName;
    private final Limits limits;
    private long deadline;
    private long paragraphs;
    private long cells;
    private long characters;
    private long pagesRead;
    private int ocrPages;

    public ReadBudget(String fileName, Limits limits) {
        this.fileName = fileName;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.time().toNanos();
    }

    public ReadBudget(String fileName) {
        this(fileName, Limits.DEFAULT);
    }

    public String fileName() {
        return fileName;
    }

    /** How many page images of the file went to OCR. */
    public int ocrPages() {
        return ocrPages;
    }

    /** Checks a zip-based file's entries, inflated bytes and XML elements before a library opens it. */
    public void archive(byte[] zip) {
        ArchiveScan.check(zip, this, limits);
    }

    /** Counts elements of markup about to become a tree (or of an archive's XML parts). */
    public void elements(long count) {
        refuseIf(count > limits.elements(), "more than " + limits.elements() + " markup elements");
    }

    /** The document's page count, before any page is read. */
    public void pages(int count) {
        refuseIf(count > limits.pages(), count + " pages, more than " + limits.pages());
    }

    /** One page read. */
    public void page() {
        pagesRead++;
        refuseIf(pagesRead > limits.pages(), "more than " + limits.pages() + " pages");
    }

    /** {@code count} page images about to be OCR'd: the time allowed grows by {@link #OCR_SECONDS_PER_PAGE} each. */
    public void ocr(int count) {
        deadline += Duration.ofSeconds(OCR_SECONDS_PER_PAGE).toNanos() * count;
        ocrPages += count;
        refuseIf(false, "");
    }

    /** One paragraph or line read. */
    public void paragraph() {
        paragraphs++;
        refuseIf(paragraphs > limits.paragraphs(), "more than " + limits.paragraphs() + " paragraphs");
    }

    /** A table row of {@code count} cells read. */
    public void cells(int count) {
        cells += count;
        refuseIf(cells > limits.tableCells(), "more than " + limits.tableCells() + " table cells");
    }

    /** {@code count} characters of text kept. */
    public void characters(long count) {
        characters += count;
        refuseIf(characters > limits.characters(), "more than " + limits.characters() + " characters of text");
    }

    void refuseIf(boolean over, String what) {
        if (over) {
            throw new FileTooCostlyException(fileName, what);
        }
        if (System.nanoTime() - deadline > 0) {
            throw new FileTooCostlyException(fileName, "more than " + limits.time().toSeconds() + " s of reading");
        }
    }
}
