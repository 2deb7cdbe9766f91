package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.ingest.SampleFiles.BadFile;

/** Every file the import refuses is refused with a message that names the file and says why. */
class UnreadableFilesTest {
    static List<BadFile> badFiles() {
        return SampleFiles.badFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void should_refuse_the_file_naming_it_and_the_reason(BadFile file) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> SampleFiles.tasks(file.name(), file.content()));

        assertThat(e).as("%s is refused", file.name()).isNotNull();
        assertThat(e.getMessage()).startsWith(file.name() + ": ").contains(file.reason());
        assertThat(e.fileName()).isEqualTo(file.name());
        assertThat(e.unsupportedFormat()).as("%s is of a format not read", file.name()).isEqualTo(file.unsupported());
    }
}
