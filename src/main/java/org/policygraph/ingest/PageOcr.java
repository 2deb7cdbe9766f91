package org.policygraph.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * OCR of page images (scans, photos), for the readers of pages without a text layer. Off when PA_OCR is off, false
 * or 0: such a page is then refused as a scan that needs OCR. On, the images go to a child JVM ({@link OcrWorker})
 * started only when a scan arrives and gone when its pages are read, so the server neither loads the models nor
 * keeps their memory until then, and the native library's output and crashes stay out of this process.
 */
public final class PageOcr {
    public static final PageOcr OFF = new PageOcr(false);
    public static final PageOcr ON = new PageOcr(true);
    /** At most this many pages of one file are OCR'd (a page takes seconds). */
    static final int MAX_PAGES = 60;
    private static final long SECONDS_PER_PAGE = 120;
    /** A space OCR reads next to a Chinese character (between 小区 and 120个) is none. */
    private static final Pattern CJK_SPACE = Pattern.compile("(?<=[\\u2E80-\\uFFEF]) +| +(?=[\\u2E80-\\uFFEF])");
    private final boolean on;

    private PageOcr(boolean on) {
        this.on = on;
    }

    /** PA_OCR=off (or false, 0) turns OCR off; anything else, or unset, leaves it on. */
    public static PageOcr fromEnv() {
        String value = System.getenv("PA_OCR");
        return value != null && List.of("off", "false", "0").contains(value.strip().toLowerCase(Locale.ROOT)) ? OFF : ON;
    }

    public boolean on() {
        return on;
    }

    /**
     * A batch of page images for one file, written to a temporary folder as they come so that only one page image
     * is held at a time; refuses the file when OCR is off.
     */
    Batch batch(String fileName, ReadBudget budget) {
        if (!on) {
            throw UnreadableFileException.broken(fileName,
                    "no text layer (a scan or a photo) and OCR is off (PA_OCR=off); turn it on or send a file with text");
        }
        try {
            return new Batch(fileName, budget, Files.createTempDirectory("pa-ocr"));
        } catch (IOException e) {
            throw UnreadableFileException.broken(fileName, "OCR of its page images could not run", e);
        }
    }

    /** The page images of one file on their way to OCR. */
    static final class Batch implements AutoCloseable {
        private final String fileName;
        private final ReadBudget budget;
        private final Path dir;
        private final List<String> images = new ArrayList<>();

        private Batch(String fileName, ReadBudget budget, Path dir) {
            this.fileName = fileName;
            this.budget = budget;
            this.dir = dir;
        }

        void add(BufferedImage page) {
            if (images.size() >= MAX_PAGES) {
                throw new FileTooCostlyException(fileName, "more than " + MAX_PAGES + " pages to OCR");
            }
            Path image = dir.resolve("page-" + (images.size() + 1) + ".png");
            try {
                ImageIO.write(page, "png", image.toFile());
            } catch (IOException e) {
                throw UnreadableFileException.broken(fileName, "OCR of its page images could not run", e);
            }
            images.add(image.toString());
        }

        /** The text blocks of each image, in the order added. */
        List<List<OcrBlock>> read() {
            budget.ocr(images.size());
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-XX:-PrintWarnings", "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                    OcrWorker.class.getName(), dir.resolve("result.tsv").toString(), fileName));
            command.addAll(images);
            try {
                Process worker = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                if (!worker.waitFor(30 + SECONDS_PER_PAGE * images.size(), TimeUnit.SECONDS)) {
                    worker.destroyForcibly();
                    throw new FileTooCostlyException(fileName, "more than " + SECONDS_PER_PAGE + " s of OCR a page");
                }
                if (worker.exitValue() != 0) {
                    throw UnreadableFileException.broken(fileName, "OCR of its page images failed (exit code "
                            + worker.exitValue() + ")");
                }
                return blocks(dir.resolve("result.tsv"), images.size());
            } catch (IOException e) {
                throw UnreadableFileException.broken(fileName, "OCR of its page images could not run", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw UnreadableFileException.broken(fileName, "OCR was interrupted", e);
            }
        }

        @Override
        public void close() {
            delete(dir);
        }
    }

    private static List<List<OcrBlock>> blocks(Path result, int pages) throws IOException {
        List<List<OcrBlock>> out = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            out.add(new ArrayList<>());
        }
        for (String line : Files.readAllLines(result, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 6);
            if (f.length == 6 && !f[5].isBlank()) {
                int page = Integer.parseInt(f[0]);
                out.get(page).add(new OcrBlock(page, Float.parseFloat(f[1]), Float.parseFloat(f[2]),
                        Float.parseFloat(f[3]), Float.parseFloat(f[4]), CJK_SPACE.matcher(f[5]).replaceAll("")));
            }
        }
        return out;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is harmless
        }
    }
}
