package org.policygraph.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Run by the build after the jar: a training run of the hidden {@code cds-training} command writes the CDS
 * archive that {@link Launcher} maps. Never fails the build; without an archive the jar just starts slower.
 * Output of the run goes to {@code cds-training.log} beside the jar; one line goes to the console.
 */
public final class ArchiveTraining {
    private static final long TIMEOUT_MINUTES = 10;

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        try {
            makeArchive(Path.of(args[0]).toRealPath());
        } catch (Exception e) {
            System.out.println("No CDS archive (" + e + "); the jar starts without it");
        }
    }

    private static void makeArchive(Path jar) throws IOException, InterruptedException {
        CdsArchive archive = CdsArchive.of(jar, System.getProperty("java.vm.version"));
        // Written under another name and moved in whole: a truncated archive crashes the JVM that maps it.
        Path partial = archive.file().resolveSibling(archive.file().getFileName() + ".part");
        Path log = jar.resolveSibling("cds-training.log");
        Files.deleteIfExists(archive.file());
        Files.deleteIfExists(partial);
        long start = System.nanoTime();
        int exit = train(jar, partial, log);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        if (exit == 0 && Files.isRegularFile(partial)) {
            Files.move(partial, archive.file(), StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("CDS archive %s (%d MB) made in %d s (-Dcds.skip leaves it out)%n",
                    archive.file().getFileName(), Files.size(archive.file()) >> 20, seconds);
        } else {
            Files.deleteIfExists(partial);
            System.out.printf("No CDS archive: the training run failed (exit %d, see %s); the jar starts without it%n",
                    exit, log);
        }
    }

    private static int train(Path jar, Path archive, Path log) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(List.of(java.toString(), "-XX:ArchiveClassesAtExit=" + archive,
                "-jar", jar.toString(), "cds-training"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!run.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            run.destroyForcibly().waitFor();
        }
        return run.exitValue();
    }
}
