package org.policygraph.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchPlanTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String VM = "17.0.15+6-Debian-1deb12u1";

    @TempDir
    Path dir;
    private Path jar;
    private Path archive;

    @BeforeEach
    void build_a_jar_and_its_archive() throws Exception {
        jar = Files.writeString(dir.resolve("policy-assistant.jar"), "jar");
        archive = Files.writeString(dir.resolve("policy-assistant-" + VM + ".jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2025-01-01T10:00:00Z")));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2025-01-01T10:01:00Z")));
    }

    @Test
    void should_start_a_child_on_the_same_jar_with_the_archive_the_options_and_the_arguments() {
        Invocation invocation = new Invocation(jar, List.of("-Xmx1g", "-Dx=y"), JAVA, VM, null, false, 8, 4242L);

        List<String> command = LaunchPlan.childCommand(invocation, List.of("serve", "--port", "8080")).orElseThrow();

        assertThat(command).containsExactly(JAVA.toString(), "-Xmx1g", "-Dx=y", "-XX:+ExitOnOutOfMemoryError",
                "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off",
                "-Dpolicygraph.child=true", "-Dpolicygraph.parent=4242", "-jar", jar.toString(), "serve", "--port", "8080");
    }

    @Test
    void should_stop_at_the_c1_compiler_on_two_cores_unless_the_user_chose_a_compiler() {
        Invocation twoCores = new Invocation(jar, List.of(), JAVA, VM, null, false, 2, 4242L);
        Invocation chosen = new Invocation(jar, List.of("-XX:TieredStopAtLevel=4"), JAVA, VM, null, false, 2, 4242L);
        Invocation eightCores = new Invocation(jar, List.of(), JAVA, VM, null, false, 8, 4242L);

        assertThat(LaunchPlan.childCommand(twoCores, List.of("ask", "谁牵头？")).orElseThrow())
                .contains("-XX:TieredStopAtLevel=1");
        assertThat(LaunchPlan.childCommand(chosen, List.of("ask", "谁牵头？")).orElseThrow())
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(LaunchPlan.childCommand(eightCores, List.of()).orElseThrow())
                .doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void should_bound_the_heap_unless_the_user_chose_one() {
        Invocation plain = new Invocation(jar, List.of(), JAVA, VM, null, false, 8, 4242L);
        Invocation ramShare = new Invocation(jar, List.of("-XX:MaxRAMPercentage=50"), JAVA, VM, null, false, 8, 4242L);

        assertThat(LaunchPlan.childCommand(plain, List.of("serve")).orElseThrow()).contains("-Xmx1g");
        assertThat(LaunchPlan.childCommand(ramShare, List.of("serve")).orElseThrow())
                .contains("-XX:MaxRAMPercentage=50").noneMatch(o -> o.startsWith("-Xmx"));
    }

    @Test
    void should_run_in_process_when_not_started_from_a_jar() {
        assertThat(LaunchPlan.childCommand(new Invocation(null, List.of(), JAVA, VM, null, false, 8, 4242L), List.of()))
                .isEmpty();
    }

    @Test
    void should_run_in_process_when_pa_cds_is_off() {
        assertThat(LaunchPlan.childCommand(new Invocation(jar, List.of(), JAVA, VM, "OFF", false, 8, 4242L), List.of()))
                .isEmpty();
    }

    @Test
    void should_run_in_process_when_already_the_child() {
        assertThat(LaunchPlan.childCommand(new Invocation(jar, List.of(), JAVA, VM, null, true, 8, 4242L), List.of()))
                .isEmpty();
    }

    @Test
    void should_run_in_process_when_the_archive_is_missing() throws Exception {
        Files.delete(archive);

        assertThat(LaunchPlan.childCommand(new Invocation(jar, List.of(), JAVA, VM, null, false, 8, 4242L), List.of()))
                .isEmpty();
    }

    @Test
    void should_run_in_process_when_the_jar_was_rebuilt_after_the_archive() throws Exception {
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2025-01-01T10:02:00Z")));

        assertThat(LaunchPlan.childCommand(new Invocation(jar, List.of(), JAVA, VM, null, false, 8, 4242L), List.of()))
                .isEmpty();
    }

    @Test
    void should_run_in_process_when_the_archive_was_made_by_another_jvm() {
        Invocation otherVm = new Invocation(jar, List.of(), JAVA, "17.0.16+8", null, false, 8, 4242L);

        assertThat(LaunchPlan.childCommand(otherVm, List.of())).isEmpty();
    }

    @Test
    void should_run_in_process_when_started_with_sharing_options_or_an_agent() {
        for (String option : List.of("-Xshare:off", "-XX:ArchiveClassesAtExit=x.jsa",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005")) {
            Invocation invocation = new Invocation(jar, List.of("-Xmx1g", option), JAVA, VM, null, false, 8, 4242L);

            assertThat(LaunchPlan.childCommand(invocation, List.of())).as(option).isEmpty();
        }
    }

    @Test
    void should_make_the_child_exit_on_an_out_of_memory_error_unless_the_user_chose_otherwise() {
        Invocation plain = new Invocation(jar, List.of(), JAVA, VM, null, false, 8, 4242L);
        Invocation dumps = new Invocation(jar, List.of("-XX:OnOutOfMemoryError=kill -9 %p"), JAVA, VM, null, false, 8, 4242L);

        assertThat(LaunchPlan.childCommand(plain, List.of("serve")).orElseThrow()).contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(LaunchPlan.childCommand(dumps, List.of("serve")).orElseThrow()).doesNotContain("-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void should_halt_when_a_thread_dies_of_an_out_of_memory_error_and_pass_other_failures_on() throws Exception {
        java.util.concurrent.atomic.AtomicInteger halts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Throwable> passedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        OutOfMemoryExit handler = new OutOfMemoryExit((t, e) -> passedOn.add(e), halts::incrementAndGet);

        Thread dying = new Thread(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        dying.setUncaughtExceptionHandler(handler);
        dying.start();
        dying.join();
        Thread failing = new Thread(() -> {
            throw new IllegalStateException("other");
        });
        failing.setUncaughtExceptionHandler(handler);
        failing.start();
        failing.join();

        assertThat(halts.get()).isEqualTo(1);
        assertThat(passedOn).singleElement().isInstanceOf(IllegalStateException.class);
    }
}
