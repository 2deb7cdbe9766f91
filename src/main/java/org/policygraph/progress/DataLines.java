package org.policygraph.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The rows of a TSV data file on the class path: cells of each non-blank line, "#" comments dropped. */
final class DataLines {
    private DataLines() {
    }

    /** Rows of cells; a line starting with "#@" is kept (a directive), other "#" lines are comments. */
    static List<String[]> of(String resource) {
        try (InputStream in = DataLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\r?\n")).filter(l -> !l.isBlank())
                    .filter(l -> !l.startsWith("#") || l.startsWith("#@"))
                    .map(l -> l.split("\t")).filter(cells -> cells.length >= 2).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
