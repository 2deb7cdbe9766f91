package org.policygraph.launch;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides whether to run the app in this JVM or in a child JVM that maps the build's CDS archive. */
final class LaunchPlan {
    /** Options that show the user chose how classes are shared, or attached a debugger or agent: respect them. */
    private static final List<String> HANDS_OFF = List.of("-Xshare", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList", "-agentlib", "-agentpath", "-javaagent");

    /**
     * Up to this many cores the app stops at the C1 compiler: C2's compiler threads then take the cores from the
     * work. Measured on two cores: import 13.0 -> 9.7 s, embedding 50 -> 43 s, and the chat endpoint over 1,200
     * requests 26.0 -> 31.6 requests/s.
     */
    private static final int FEW_CORES = 2;
    private static final List<String> OWN_COMPILER_CHOICE = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:+TieredCompilation");

    /**
     * The heap unless the user sets one: with the JVM's default (a quarter of this machine's 24 GiB) G1 let the
     * heap grow to 2 GiB of mostly garbage under 16 chat clients, the process to 2 GiB resident; at 1 GiB the
     * same load ran faster (fewer cache misses) in 0.9 GiB (1.3 with four times the corpus).
     */
    static final String DEFAULT_HEAP = "-Xmx1g";
    private static final List<String> OWN_HEAP_CHOICE = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM");

    /**
     * After an OutOfMemoryError a JVM may go on serving with dead threads (Neo4j's scheduler, a watch): the child
     * exits instead (code 3, passed on by the launcher), unless the user chose what to do on one.
     */
    static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";

    private LaunchPlan() {
    }

    /** The child's command line, or empty to run the app right here. */
    static Optional<List<String>> childCommand(Invocation invocation, List<String> args) {
        if (invocation.jar() == null || invocation.child() || "off".equalsIgnoreCase(invocation.cdsSwitch())
                || invocation.jvmOptions().stream().anyMatch(LaunchPlan::handsOff)
                || !Files.isExecutable(invocation.java())) {
            return Optional.empty();
        }
        CdsArchive archive = CdsArchive.of(invocation.jar(), invocation.vmVersion());
        if (!archive.freshFor(invocation.jar())) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(invocation.java().toString());
        command.addAll(invocation.jvmOptions());
        if (invocation.cores() <= FEW_CORES && invocation.jvmOptions().stream().noneMatch(LaunchPlan::choosesCompiler)) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        if (invocation.jvmOptions().stream().noneMatch(o -> OWN_HEAP_CHOICE.stream().anyMatch(o::startsWith))) {
            command.add(DEFAULT_HEAP);
        }
        if (invocation.jvmOptions().stream().noneMatch(o -> o.contains("OutOfMemoryError"))) {
            command.add(EXIT_ON_OUT_OF_MEMORY);
        }
        command.add("-XX:SharedArchiveFile=" + archive.file());
        // A stale or damaged archive then silently means "no sharing" instead of a warning on the terminal.
        command.add("-Xshare:auto");
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.add("-D" + Invocation.CHILD_PROPERTY + "=true");
        command.add("-D" + ParentWatch.PARENT_PROPERTY + "=" + invocation.pid());
        command.add("-jar");
        command.add(invocation.jar().toString());
        command.addAll(args);
        return Optional.of(command);
    }

    private static boolean choosesCompiler(String option) {
        return OWN_COMPILER_CHOICE.stream().anyMatch(option::startsWith);
    }

    private static boolean handsOff(String option) {
        return HANDS_OFF.stream().anyMatch(option::startsWith);
    }
}
