package org.policygraph.launch;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Ends the child JVM when its launcher is gone, however the launcher died (kill -9 included, when no shutdown
 * hook of the launcher runs): the launcher's pid comes as a system property, and a daemon thread looks every
 * half second whether that process (the same one: pid and start time) still lives. Then the child shuts down as
 * on SIGTERM (the store closes, its lock is released), and is halted if that takes too long. JDK only.
 */
final class ParentWatch {
    static final String PARENT_PROPERTY = "policygraph.parent";
    private static final long POLL_MILLIS = 500;
    private static final long SHUTDOWN_SECONDS = 30;

    private ParentWatch() {
    }

    /** Starts watching the process named by the property, if any; true when a watch runs. */
    static boolean start() {
        if (System.getProperty(PARENT_PROPERTY) == null) {
            return false;
        }
        Optional<ProcessHandle> parent = parent(System.getProperty(PARENT_PROPERTY));
        Thread watch = new Thread(() -> watch(parent.orElse(null)), "watch-launcher");
        watch.setDaemon(true);
        watch.start();
        return true;
    }

    private static Optional<ProcessHandle> parent(String pid) {
        try {
            return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void watch(ProcessHandle parent) {
        try {
            while (parent != null && parent.isAlive()) {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            return;
        }
        System.err.println("The launcher (pid " + System.getProperty(PARENT_PROPERTY) + ") is gone; stopping.");
        Thread halt = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(SHUTDOWN_SECONDS);
            } catch (InterruptedException ignored) {
                return;
            }
            Runtime.getRuntime().halt(143);
        }, "halt-after-launcher");
        halt.setDaemon(true);
        halt.start();
        System.exit(143);
    }
}
