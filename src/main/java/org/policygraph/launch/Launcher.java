package org.policygraph.launch;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.policygraph.App;

/**
 * The jar's entry point. JVM options cannot go in a manifest, so when the build left a CDS archive for this jar
 * and this JVM, it starts the app in a child JVM that maps the archive (about half the start-up time) and
 * passes its exit code on; otherwise it runs the app right here. The child watches this JVM and stops when it is
 * gone, even after a kill -9 ({@link ParentWatch}). JDK classes only, so that this JVM starts fast.
 */
public final class Launcher {
    private static final long CHILD_STOP_SECONDS = 30;

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<List<String>> command = LaunchPlan.childCommand(Invocation.current(), List.of(args));
        Process child = command.isPresent() ? start(command.get()) : null;
        if (child == null) {
            ParentWatch.start();
            OutOfMemoryExit.install();
            App.main(args);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop-child"));
        System.exit(child.waitFor());
    }

    /**
     * glibc gives each thread that allocates natively an arena of its own (up to eight per core): the embedding
     * runtime and the server's threads left hundreds of MB resident in half-empty arenas. Two are enough here,
     * unless the user chose a number.
     */
    private static final String MALLOC_ARENAS = "2";

    private static Process start(List<String> command) {
        try {
            ProcessBuilder child = new ProcessBuilder(command).inheritIO();
            child.environment().putIfAbsent("MALLOC_ARENA_MAX", MALLOC_ARENAS);
            return child.start();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Runs whenever this JVM exits. A Ctrl-C has reached the child too (same process group) and SIGTERM is then
     * harmless; a SIGTERM sent to this process alone is passed on. Either way this JVM waits for the child's own
     * clean shutdown and exits with its code rather than with the code of the signal it received.
     */
    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
            Runtime.getRuntime().halt(child.exitValue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
