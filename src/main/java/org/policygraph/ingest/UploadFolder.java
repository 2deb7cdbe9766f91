package org.policygraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.policygraph.ingest.CorpusFiles.SourceFile;

/**
 * The accepted uploads, kept in the data directory so that every start re-imports them after the corpus, in the
 * order they were accepted: each file under the name it is stored as, and in {@value #MANIFEST} one line per upload
 * with that name and the keys it took over from other sources (replace=true) and still holds.
 */
public final class UploadFolder {
    static final String MANIFEST = ".manifest.tsv";

    /** One accepted upload: the name it is stored as and the keys it took over from other sources. */
    record Upload(String name, Set<String> replaced) {
    }

    private final Path dir;

    public UploadFolder(Path dir) {
        this.dir = dir;
    }

    /** The uploads of the data directory {@code dataDir}. */
    public static UploadFolder in(Path dataDir) {
        return new UploadFolder(dataDir.resolve("uploads"));
    }

    /** Re-imports every upload in the order accepted; returns how many changed the graph. */
    public int reimport(Importer importer, PrintStream progress) {
        int changed = 0;
        for (Upload upload : list()) {
            Path file = dir.resolve(upload.name());
            if (!Files.isRegularFile(file)) {
                progress.println("Upload missing from " + dir + ": " + upload.name());
                continue;
            }
            Importer.Summary summary = importer.run(List.of(SourceFile.upload(upload.name(), read(file))), progress,
                    upload.replaced()::contains);
            summary.unreadable().forEach(e -> progress.println("Upload not imported: " + e.getMessage()));
            summary.held().forEach(h -> progress.println("Upload " + h.file() + ": " + h.key() + " stays with " + h.holder()));
            changed += summary.changed() ? 1 : 0;
        }
        return changed;
    }

    List<Upload> list() {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return List.of();
        }
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(line -> line.split("\t")).map(cells -> new Upload(cells[0],
                            new LinkedHashSet<>(Arrays.asList(cells).subList(1, cells.length)))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + manifest, e);
        }
    }

    /** {@code requested}, or when a source of that name exists already "name-2.txt", "name-3.txt"… */
    String freeName(String requested, Set<String> sources) {
        Set<String> taken = new HashSet<>(sources);
        list().forEach(upload -> taken.add(upload.name()));
        int dot = requested.lastIndexOf('.');
        String stem = dot > 0 ? requested.substring(0, dot) : requested;
        String extension = dot > 0 ? requested.substring(dot) : "";
        String name = requested;
        for (int n = 2; taken.contains(name) || Files.exists(dir.resolve(name)); n++) {
            name = stem + "-" + n + extension;
        }
        return name;
    }

    /** Keeps the file and adds it to the manifest, on disk before this returns. */
    void keep(String name, byte[] content, Set<String> replaced) {
        write(dir.resolve(name), content);
        List<Upload> uploads = new ArrayList<>(list());
        uploads.add(new Upload(name, replaced));
        writeManifest(uploads);
    }

    /** Forgets an upload that could not be written to the graph. */
    void drop(String name) {
        writeManifest(list().stream().filter(u -> !u.name().equals(name)).toList());
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir.resolve(name), e);
        }
    }

    /** The keys {@code taker} took over are held by no earlier upload any more. */
    void released(String taker, Set<String> keys) {
        writeManifest(list().stream().map(u -> u.name().equals(taker) ? u : new Upload(u.name(),
                u.replaced().stream().filter(k -> !keys.contains(k)).collect(Collectors.toCollection(LinkedHashSet::new))))
                .toList());
    }

    private void writeManifest(List<Upload> uploads) {
        StringBuilder text = new StringBuilder();
        for (Upload upload : uploads) {
            text.append(upload.name());
            upload.replaced().forEach(key -> text.append('\t').append(key));
            text.append('\n');
        }
        write(dir.resolve(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Written beside the target first and moved over it, so that a crash leaves the old file or the new one. */
    private void write(Path target, byte[] content) {
        Path temporary = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.write(temporary, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
