package org.policygraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which process holds the embedded store: its pid is written to {@code <data dir>/store.pid} while it runs, so that
 * a start that finds the store locked can name the process and say what to do, rather than pass on Neo4j's
 * "Lock file has been locked by another process".
 */
final class StoreOwner {
    static final String FILE = "store.pid";

    private StoreOwner() {
    }

    static void claim(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve(FILE), ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only the message of a later, refused start is the poorer for it.
        }
    }

    static void release(Path dataDir) {
        try {
            Path file = dataDir.resolve(FILE);
            if (owner(dataDir).map(p -> p.pid() == ProcessHandle.current().pid()).orElse(false)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A stale file names a dead process, which the message then does not mention.
        }
    }

    static boolean isLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")
                    || String.valueOf(t.getMessage()).contains("locked by another process")) {
                return true;
            }
        }
        return false;
    }

    /** The refusal of a start that found the store locked, naming the live owner when it is known. */
    static String lockedMessage(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        String who = owner(dataDir).filter(ProcessHandle::isAlive).map(p -> "process " + p.pid()
                + p.info().commandLine().map(c -> " (" + shortened(c) + ")").orElse("")).orElse(null);
        String share = " To use one store from several commands at once, set NEO4J_URI to a Neo4j server they share.";
        if (who == null) {
            return "The embedded store in " + dir + " is locked by another process (no PolicyGraph process is "
                    + "recorded in " + FILE + "; look for one with `fuser " + dir + "/databases/store_lock`). Stop it, "
                    + "or give this command another PA_DATA_DIR." + share;
        }
        long pid = owner(dataDir).map(ProcessHandle::pid).orElse(-1L);
        return "The embedded store in " + dir + " is in use by " + who + ". Stop that process (`kill " + pid
                + "`; after a kill -9 of a launcher, its child closes its ports within a second or two and exits a few "
                + "seconds later) and start again, or "
                + "give this command another PA_DATA_DIR." + share;
    }

    private static Optional<ProcessHandle> owner(Path dataDir) {
        try {
            String pid = Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).strip();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String shortened(String commandLine) {
        return commandLine.length() > 160 ? commandLine.substring(0, 157) + "…" : commandLine;
    }
}
