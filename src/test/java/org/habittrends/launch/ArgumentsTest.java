package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.habittrends.launch.Arguments.UsageException;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void readsCommandOptionsAndSpringProperties() throws Exception {
    Arguments a =
        Arguments.parse(
            new String[] {
              "run", "--workspace", "w", "--init-from=sample", "--spring.datasource.url=jdbc:x"
            });

    assertThat(a.command()).isEqualTo(Command.RUN);
    assertThat(a.path("workspace")).isEqualTo(Path.of("w"));
    assertThat(a.optionalPath("init-from")).isEqualTo(Path.of("sample"));
    assertThat(a.springProperties()).containsExactly("--spring.datasource.url=jdbc:x");
  }

  @Test
  void readsTheOperatorsCommands() throws Exception {
    Arguments deliver = Arguments.parse(new String[] {"deliver", "--workspace", "w", "--dry-run"});
    Arguments status = Arguments.parse(new String[] {"status", "--json", "--workspace", "w"});
    Arguments schedule =
        Arguments.parse(
            new String[] {
              "schedule", "--workspace", "w", "--cron", "0 15 2 * * *", "--habit-trends.mail.from=x"
            });

    assertThat(deliver.flag("dry-run")).isTrue();
    assertThat(status.flag("json")).isTrue();
    assertThat(status.path("workspace")).isEqualTo(Path.of("w"));
    assertThat(schedule.text("cron")).isEqualTo("0 15 2 * * *");
    assertThat(schedule.springProperties()).containsExactly("--habit-trends.mail.from=x");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"run", "--dry-run"}))
        .hasMessageContaining("--dry-run does not apply to run");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"schedule"}).text("cron"))
        .hasMessageContaining("schedule needs --cron");
  }

  @Test
  void allIsAFlagOfTheCommandsThatAnalyseOrReport() throws Exception {
    Arguments report = Arguments.parse(new String[] {"report", "--all", "--workspace", "w"});

    assertThat(report.flag("all")).isTrue();
    assertThat(report.path("workspace")).isEqualTo(Path.of("w"));
    assertThat(Arguments.parse(new String[] {"report", "--workspace", "w"}).flag("all")).isFalse();
    assertThatThrownBy(() -> Arguments.parse(new String[] {"import", "--all"}))
        .hasMessageContaining("--all does not apply to import");
  }

  @Test
  void explainsWhatIsWrong() {
    assertThatThrownBy(() -> Arguments.parse(new String[] {"fly"}))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("unknown command \"fly\"");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"status", "--out", "x"}))
        .hasMessageContaining("--out does not apply to status");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"run", "--workspace"}))
        .hasMessageContaining("--workspace needs a value");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"import"}).path("workspace"))
        .hasMessageContaining("import needs --workspace DIR");
    assertThatThrownBy(
            () ->
                Arguments.parse(new String[] {"sample-data", "--leaders", "x"})
                    .number("leaders", 1))
        .hasMessageContaining("whole number");
  }
}
