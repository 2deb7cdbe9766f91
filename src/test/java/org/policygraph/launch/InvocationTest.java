package org.policygraph.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvocationTest {
    @TempDir
    Path dir;

    @Test
    void should_name_the_real_path_of_the_jar_when_started_with_java_jar() throws Exception {
        Path jar = Files.writeString(dir.resolve("policy-assistant.jar"), "jar");
        Path link = Files.createSymbolicLink(dir.resolve("link.jar"), jar);

        assertThat(Invocation.singleJar(link.toString())).isEqualTo(jar.toRealPath());
    }

    @Test
    void should_see_no_jar_when_running_from_classes_or_a_longer_class_path() throws Exception {
        Path classes = Files.createDirectory(dir.resolve("classes"));
        Path jar = Files.writeString(dir.resolve("policy-assistant.jar"), "jar");

        assertThat(Invocation.singleJar(classes.toString())).isNull();
        assertThat(Invocation.singleJar(jar + File.pathSeparator + classes)).isNull();
        assertThat(Invocation.singleJar(dir.resolve("missing.jar").toString())).isNull();
    }
}
