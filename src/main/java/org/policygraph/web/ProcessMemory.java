package org.policygraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** This process's resident memory from /proc/self/status (Linux): now (VmRSS) and its peak (VmHWM). */
public final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    public static OptionalLong residentBytes() {
        return field("VmRSS:");
    }

    public static OptionalLong peakResidentBytes() {
        return field("VmHWM:");
    }

    /** A line such as "VmRSS:	  712345 kB"; empty where there is no such file or line. */
    private static OptionalLong field(String name) {
        try {
            return Files.readAllLines(STATUS).stream().filter(line -> line.startsWith(name))
                    .mapToLong(line -> Long.parseLong(line.substring(name.length()).replace("kB", "").strip()) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
