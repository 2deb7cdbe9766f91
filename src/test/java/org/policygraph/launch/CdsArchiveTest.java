package org.policygraph.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CdsArchiveTest {

    @Test
    void should_sit_beside_the_jar_and_name_the_jvm_that_made_it() {
        CdsArchive archive = CdsArchive.of(Path.of("/app/target/policy-assistant.jar"), "17.0.15+6-Debian-1deb12u1");

        assertThat(archive.file()).isEqualTo(Path.of("/app/target/policy-assistant-17.0.15+6-Debian-1deb12u1.jsa"));
    }

    @Test
    void should_keep_odd_characters_of_a_vm_version_out_of_the_file_name() {
        CdsArchive archive = CdsArchive.of(Path.of("/app/policy-assistant.jar"), "17.0.2 (build/local)");

        assertThat(archive.file().getFileName().toString()).isEqualTo("policy-assistant-17.0.2__build_local_.jsa");
    }
}
