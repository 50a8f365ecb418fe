package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reimport}: a file imported with a wrong mapping, imported again once it is fixed. */
class ReimportCommandTest {

  private static final String PROGRAMME =
      "id: reimport-cli\nname: Reimport\nwaves:\n"
          + "  - {number: 1, label: March, opens: 2026-03-02, closes: 2026-03-20}\n";

  @TempDir Path dir;

  @Test
  void aFileImportedWithAWrongMappingIsImportedAgainOnceItIsFixed() throws Exception {
    for (String part : new String[] {"roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(Path.of("src/test/resources/fixtures", part), dir.resolve(part));
    }
    Files.writeString(dir.resolve("programme.yml"), PROGRAMME);
    Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(
        dir.resolve("inbox/answers.csv"),
        "Leader ID,Wave,Stakeholder,Submitted,Goal 1,Goal 2\r\n"
            + "L01,1,L01-S01,2026-03-05 10:00,Bastante mejor,Bastante mejor\r\n"
            + "L01,1,L01-S02,2026-03-05 10:00,-1,0\r\n");
    String workspace = dir.toString();
    // half the rows lost to the wrong mapping: the import says so with the data-lost code
    assertThat(Commands.run("import", "--workspace", workspace).code())
        .isEqualTo(ExitCode.DATA_LOST.code());
    assertThat(responses()).isOne();
    assertThat(dir.resolve("rejected/answers.rejects.csv")).isRegularFile();

    Files.writeString(
        dir.resolve("programme.yml"),
        PROGRAMME + "import:\n  ratings:\n    labels:\n      Bastante mejor: 2\n");
    Commands.Outcome again = Commands.run("reimport", "--workspace", workspace, "answers.csv");

    assertThat(again.code()).as(again.err()).isEqualTo(ExitCode.OK.code());
    assertThat(again.out()).contains("answers.csv again");
    assertThat(responses()).isEqualTo(2);
    assertThat(Commands.number(dir, "select count(*) from imported_file")).isOne();
    assertThat(Commands.number(dir, "select rows_rejected from imported_file")).isZero();
    assertThat(Commands.number(dir, "select count(*) from reject")).isZero();
    assertThat(
            Commands.number(
                dir, "select rating_1 from survey_response where stakeholder_key = 'L01-S01'"))
        .isEqualTo(2);
    assertThat(dir.resolve("processed/answers.csv")).isRegularFile();
    assertThat(dir.resolve("inbox/answers.csv")).doesNotExist();
    assertThat(dir.resolve("rejected/answers.rejects.csv")).doesNotExist();
  }

  @Test
  void aNameThatIsNoExportTheImportSawIsAUsageError() throws Exception {
    for (String part : new String[] {"roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(Path.of("src/test/resources/fixtures", part), dir.resolve(part));
    }
    Files.writeString(dir.resolve("programme.yml"), PROGRAMME);
    String workspace = dir.toString();

    Commands.Outcome missing = Commands.run("reimport", "--workspace", workspace, "gone.csv");
    assertThat(missing.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(missing.err()).contains("no file gone.csv in inbox/, processed/ or rejected/");

    Commands.Outcome list =
        Commands.run("reimport", "--workspace", workspace, "answers.rejects.csv");
    assertThat(list.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(list.err()).contains("name the export itself");

    assertThat(Commands.run("reimport", "--workspace", workspace).code())
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(Commands.run("import", "--workspace", workspace, "answers.csv").code())
        .as("only reimport takes file names")
        .isEqualTo(ExitCode.USAGE.code());
  }

  private long responses() throws Exception {
    return Commands.number(dir, "select count(*) from survey_response");
  }
}
