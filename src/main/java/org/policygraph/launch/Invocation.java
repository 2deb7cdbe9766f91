package org.policygraph.launch;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How this JVM was started, as far as the choice to relaunch it goes.
 * {@code jar} is null unless it runs from a single jar (java -jar); {@code cdsSwitch} is PA_CDS; {@code pid} this
 * process's, which the child watches.
 */
record Invocation(Path jar, List<String> jvmOptions, Path java, String vmVersion, String cdsSwitch,
                  boolean child, int cores, long pid) {
    static final String CHILD_PROPERTY = "policygraph.child";

    static Invocation current() {
        return new Invocation(singleJar(System.getProperty("java.class.path", "")),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.vm.version"),
                System.getenv("PA_CDS"),
                Boolean.getBoolean(CHILD_PROPERTY),
                Runtime.getRuntime().availableProcessors(),
                ProcessHandle.current().pid());
    }

    /** The real path of the jar, so that the build's training run and every start name it the same way. */
    static Path singleJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        try {
            Path jar = Path.of(classPath);
            return Files.isRegularFile(jar) ? jar.toRealPath() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
