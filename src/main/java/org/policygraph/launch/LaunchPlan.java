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
        command.add("-XX:SharedArchiveFile=" + archive.file());
        // A stale or damaged archive then silently means "no sharing" instead of a warning on the terminal.
        command.add("-Xshare:auto");
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.add("-D" + Invocation.CHILD_PROPERTY + "=true");
        command.add("-jar");
        command.add(invocation.jar().toString());
        command.addAll(args);
        return Optional.of(command);
    }

    private static boolean handsOff(String option) {
        return HANDS_OFF.stream().anyMatch(option::startsWith);
    }
}
