package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.habittrends.job.SampleWorkspace;
import org.junit.jupiter.api.Test;

/**
 * The command line reads programme.yml and the roster once and hands them to the application
 * context; each command still sees the files as they are when it starts.
 */
class ProgrammeReadOnceTest {

  @Test
  void eachCommandWritesTheProgrammeAsItsFilesSayWhenItStarts() throws Exception {
    Path workspace = SampleWorkspace.copy("read-once");
    Commands.Outcome first = Commands.run("import", "--workspace", workspace.toString());
    assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.OK.code());
    assertThat(Commands.text(workspace, "select name from programme"))
        .isEqualTo("Leading with Feedforward 2026");

    Path programme = workspace.resolve("programme.yml");
    Files.writeString(
        programme,
        Files.readString(programme, StandardCharsets.UTF_8)
            .replace("\"Leading with Feedforward 2026\"", "\"Feedforward, second cohort\""),
        StandardCharsets.UTF_8);
    Commands.Outcome second = Commands.run("import", "--workspace", workspace.toString());

    assertThat(second.code()).as(second.err()).isEqualTo(ExitCode.OK.code());
    assertThat(Commands.text(workspace, "select name from programme"))
        .isEqualTo("Feedforward, second cohort");
  }
}
