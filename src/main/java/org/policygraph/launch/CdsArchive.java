package org.policygraph.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The class-data-sharing archive the build makes for one jar and one JVM: it sits beside the jar and its name
 * carries the JVM's version, so another JVM never picks it up.
 */
record CdsArchive(Path file) {

    static CdsArchive of(Path jar, String vmVersion) {
        String jarName = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        String vm = vmVersion.replaceAll("[^A-Za-z0-9.+-]", "_");
        return new CdsArchive(jar.resolveSibling(jarName + "-" + vm + ".jsa"));
    }

    /**
     * Made after the jar was. A rebuilt jar makes the archive unusable; the JVM would notice too, but only after
     * it has been started for nothing.
     */
    boolean freshFor(Path jar) {
        try {
            return Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
