package org.policygraph.launch;

/**
 * An OutOfMemoryError never leaves a half-alive server. The child JVM the launcher starts has
 * {@code -XX:+ExitOnOutOfMemoryError} ({@link LaunchPlan}), so the first one ends it (exit code 3, which the
 * launcher passes on; a supervisor such as systemd's {@code Restart=on-failure} starts it again). When the app runs
 * in the launcher's own JVM (no archive, {@code PA_CDS=off}), a thread that dies of one (Neo4j's scheduler, a
 * watch) halts the process here, as that flag would; an error a request thread catches is then left to the heap
 * (pass {@code -XX:+ExitOnOutOfMemoryError} to {@code java} to have that too).
 */
public final class OutOfMemoryExit implements Thread.UncaughtExceptionHandler {
    /** The exit code of the JVM's own ExitOnOutOfMemoryError. */
    public static final int EXIT_CODE = 3;
    private final Thread.UncaughtExceptionHandler next;
    private final Runnable halt;

    OutOfMemoryExit(Thread.UncaughtExceptionHandler next, Runnable halt) {
        this.next = next;
        this.halt = halt;
    }

    /** Installs the handler for every thread of this JVM that has none of its own. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new OutOfMemoryExit(Thread.getDefaultUncaughtExceptionHandler(),
                () -> Runtime.getRuntime().halt(EXIT_CODE)));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            System.err.println("Out of memory in thread " + thread.getName() + ": stopping (exit code " + EXIT_CODE + ")");
            halt.run();
            return;
        }
        if (next != null) {
            next.uncaughtException(thread, failure);
        } else {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace();
        }
    }
}
