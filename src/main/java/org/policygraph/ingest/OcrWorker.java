package org.policygraph.ingest;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The child JVM that runs RapidOCR (PP-OCRv4) on page images, started by {@link PageOcr}: its JNI library prints to
 * the process's standard output (which would corrupt {@code export} or MCP over stdio), carries its own onnxruntime
 * beside the embedding model's, and a crash in it must not take the server down. Arguments: the result file, the
 * file's name (for progress) and the images; the result holds one line per text block:
 * {@code page TAB left TAB top TAB right TAB bottom TAB text}, in pixels. Progress goes to stderr; it stops when its
 * parent is gone.
 */
public final class OcrWorker {
    /** Detection runs on the page scaled to this longest side (about 200 dpi for A4); recognition on the full image. */
    static final int DETECTION_SIDE = 1700;

    private OcrWorker() {
    }

    public static void main(String[] args) throws IOException {
        watchParent();
        Path result = Path.of(args[0]);
        String label = args[1];
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        InferenceEngine engine = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, new HardwareConfig(threads, -1));
        ParamConfig config = ParamConfig.getDefaultConfig();
        config.setMaxSideLen(DETECTION_SIDE);
        int pages = args.length - 2;
        try (BufferedWriter out = Files.newBufferedWriter(result, StandardCharsets.UTF_8)) {
            for (int page = 0; page < pages; page++) {
                long start = System.nanoTime();
                OcrResult read = engine.runOcr(args[page + 2], config);
                for (TextBlock block : read.getTextBlocks()) {
                    out.write(row(page, block));
                }
                out.flush();
                System.err.printf(Locale.ROOT, "OCR %s: page %d of %d (%.1f s)%n", label, page + 1, pages,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        System.exit(0);
    }

    private static String row(int page, TextBlock block) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (Point p : block.getBoxPoint()) {
            left = Math.min(left, p.getX());
            top = Math.min(top, p.getY());
            right = Math.max(right, p.getX());
            bottom = Math.max(bottom, p.getY());
        }
        String text = block.getText().replaceAll("[\\t\\r\\n]+", " ").strip();
        return page + "\t" + left + "\t" + top + "\t" + right + "\t" + bottom + "\t" + text + "\n";
    }

    private static void watchParent() {
        Thread watch = new Thread(() -> {
            ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
            while (parent != null && parent.isAlive()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(3);
        }, "ocr-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
