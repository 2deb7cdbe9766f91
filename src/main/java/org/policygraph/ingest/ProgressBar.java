package org.policygraph.ingest;

import java.io.PrintStream;

/** A one-line console progress bar on stderr: [#####-----] 12/48 郑政办〔2017〕31号 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final int total;
    private int done;

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = Math.max(total, 1);
    }

    /** A step past the total (a write transaction retried reports its steps again) shows a full bar, never fails. */
    void step(String label) {
        done++;
        int filled = WIDTH * Math.min(done, total) / total;
        String name = label == null ? "" : label.length() > 24 ? label.substring(0, 24) + "…" : label;
        out.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name
                + "          ");
        out.flush();
    }

    void done() {
        out.println();
    }
}
