package org.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.parse.Sha256;

/**
 * A note in the data directory of the corpus the store held at the last start: its files' names and contents and
 * the extractor version, hashed. Only a hint: when it matches, start-up does not read the corpus ahead of the
 * store's own check (two seconds of a two-core machine, wasted when nothing changed); the import still decides
 * from the graph, and reads a file itself if the hint was wrong.
 */
public final class CorpusMark {
    private static final String FILE = "corpus-imported.sha256";
    private final Path file;
    private final String mark;

    public CorpusMark(Path dataDir, List<SourceFile> corpus, String extractorVersion) {
        this.file = dataDir.resolve(FILE);
        StringBuilder all = new StringBuilder(extractorVersion);
        for (SourceFile source : corpus) {
            all.append('\n').append(source.name()).append(' ').append(Sha256.hex(source.content()));
        }
        this.mark = Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** True when the last start left this very corpus imported. */
    public boolean unchanged() {
        try {
            return Files.isRegularFile(file) && Files.readString(file).strip().equals(mark);
        } catch (IOException e) {
            return false;
        }
    }

    /** Notes the corpus as imported; a note that cannot be written only costs the next start its hint. */
    public void record() {
        try {
            Path written = Files.writeString(file.resolveSibling(FILE + ".tmp"), mark + "\n");
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // the hint is an optimisation only
        }
    }
}
