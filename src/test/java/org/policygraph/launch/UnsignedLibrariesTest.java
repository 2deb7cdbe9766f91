package org.policygraph.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsignedLibrariesTest {
    @TempDir
    Path lib;

    @Test
    void should_drop_signature_files_and_entry_digests_and_keep_classes_resources_and_main_attributes() throws Exception {
        Path signed = lib.resolve("signed.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Automatic-Module-Name", "org.example");
        manifest.getEntries().computeIfAbsent("org/example/A.class", k -> new Attributes()).putValue("SHA-256-Digest", "abc=");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(signed), manifest)) {
            add(out, "META-INF/ECLIPSE_.SF", "Signature-Version: 1.0");
            add(out, "META-INF/ECLIPSE_.RSA", "binary");
            add(out, "META-INF/services/org.example.Factory", "org.example.Impl");
            add(out, "org/example/A.class", "bytes");
        }
        Path plain = lib.resolve("plain.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(plain))) {
            add(out, "org/example/B.class", "bytes");
        }
        long plainModified = Files.getLastModifiedTime(plain).toMillis();

        UnsignedLibraries.main(new String[] {lib.toString()});

        assertThat(UnsignedLibraries.signed(signed)).isFalse();
        try (JarFile jar = new JarFile(signed.toFile())) {
            assertThat(jar.stream().map(JarEntry::getName)).containsExactly("META-INF/MANIFEST.MF",
                    "META-INF/services/org.example.Factory", "org/example/A.class");
            assertThat(new String(jar.getInputStream(jar.getEntry("org/example/A.class")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("bytes");
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("org.example");
            assertThat(jar.getManifest().getEntries()).isEmpty();
        }
        assertThat(Files.getLastModifiedTime(plain).toMillis()).isEqualTo(plainModified);
        assertThat(Files.list(lib)).hasSize(2);
    }

    private static void add(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
