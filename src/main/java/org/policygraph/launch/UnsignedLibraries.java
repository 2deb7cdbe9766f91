package org.policygraph.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Run by the build on {@code target/lib}: rewrites signed library jars without their signatures. The JVM checks
 * a signed jar's digests as it loads its classes, and CDS will not archive them; eclipse-collections (10 MB, a
 * 0.7 MB manifest of digests) cost every start about two seconds of the main thread that way. Maven has already
 * checked the jars against the repository's checksums; the copies in Maven's repository keep their signatures.
 */
public final class UnsignedLibraries {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(?:SF|RSA|DSA|EC)");

    private UnsignedLibraries() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            if (signed(jar)) {
                unsign(jar);
                System.out.println("Signatures removed from " + jar.getFileName() + " (start-up and CDS)");
            }
        }
    }

    static boolean signed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
        }
    }

    /** The same jar less its signature files, its manifest less the per-entry digests. */
    static void unsign(Path jar) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        try (JarFile in = new JarFile(jar.toFile(), false);
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
            Manifest manifest = in.getManifest();
            if (manifest != null) {
                manifest.getEntries().clear();
                out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
                manifest.write(out);
                out.closeEntry();
            }
            for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || SIGNATURE.matcher(name).matches()) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
