package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.habittrends.ingest.DataLoss;
import org.habittrends.job.SampleWorkspace;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The check command's dry run, and the data-loss exit code of a run that lost most of a file. */
class CheckCommandTest {

  private static final String LEADER_MAPPING =
      "columns: [\"Which leader is this feedback about?\", Custom Data 1, ExternalReference]";

  @Test
  void checkPrintsHowEachFileIsReadAndChangesNothing() throws Exception {
    Path workspace = SampleWorkspace.copy("check");
    Map<String, String> before = contents(workspace);

    Commands.Outcome check = Commands.run("check", "--workspace", workspace.toString());

    assertThat(check.code()).as(check.err()).isEqualTo(ExitCode.OK.code());
    assertThat(check.out())
        .contains("google-forms May 2026.csv", "layout: GOOGLE_FORMS; header on line 1")
        .containsPattern("Which leader is this feedback about\\? +leader")
        .containsPattern("Email Address +stakeholder")
        .containsPattern("\\[Goal 1\\] +goal 1 of every leader")
        .containsPattern("Timestamp +time")
        .contains("date order: month-first, proven by a day above 12 on line")
        .contains("layout: QUALTRICS; header on line 1-3")
        .containsPattern("Finished +finished")
        .contains("unfinished response (Finished = False)")
        .contains("1 x unknown leader \"L13\" (not in the roster): correct the id")
        .containsPattern("unknown leader \"L13\".*\\(line 2\\)")
        .contains("nothing was changed");
    assertThat(contents(workspace))
        .as("no database, no moved file, no reject report")
        .isEqualTo(before);
    assertThat(workspace.resolve(".habit-trends")).doesNotExist();
  }

  @Test
  void checkCountsWhatTheRunThenImportsAndRejectsSupersededAnswersIncluded() throws Exception {
    Path workspace = SampleWorkspace.copy("check-then-run");

    Commands.Outcome check = Commands.run("check", "--workspace", workspace.toString(), "--json");
    Commands.Outcome run = Commands.run("run", "--workspace", workspace.toString());

    int[] checked = new int[3];
    StringBuilder reasons = new StringBuilder();
    for (JsonNode file : JsonMapper.builder().build().readTree(check.out()).get("files")) {
      checked[0] += file.get("read").asInt();
      checked[1] += file.get("wouldImport").asInt();
      checked[2] += file.get("wouldReject").asInt();
      file.get("reasons").forEach(r -> reasons.append(r.get("reason").asString()).append('\n'));
    }
    assertThat(reasons.toString())
        .as("within a file, and across the files of the inbox")
        .contains("superseded by line 9 (latest Submitted wins)")
        .contains("an answer submitted later (2026-09-18 18:00, from late-corrections.xlsx)");
    Matcher ran =
        Pattern.compile("(\\d+) rows read, (\\d+) imported, (\\d+) rejected").matcher(run.out());
    assertThat(ran.find()).as(run.out()).isTrue();
    assertThat(checked)
        .as("read, imported, rejected")
        .containsExactly(
            Integer.parseInt(ran.group(1)),
            Integer.parseInt(ran.group(2)),
            Integer.parseInt(ran.group(3)));
  }

  @Test
  void checkJsonNamesEachColumnsRole() throws Exception {
    Path workspace = SampleWorkspace.copy("check-json");

    Commands.Outcome check = Commands.run("check", "--workspace", workspace.toString(), "--json");

    assertThat(check.code()).isEqualTo(ExitCode.OK.code());
    JsonNode report = JsonMapper.builder().build().readTree(check.out());
    assertThat(report.get("dataLost").asBoolean()).isFalse();
    JsonNode qualtrics = null;
    for (JsonNode file : report.get("files")) {
      if (file.get("file").asString().equals("wave-4 qualtrics.csv")) {
        qualtrics = file;
      }
    }
    assertThat(qualtrics).isNotNull();
    // the unfinished response, and the answer late-corrections.xlsx corrects later
    assertThat(qualtrics.get("wouldReject").asInt()).isEqualTo(2);
    assertThat(qualtrics.get("columns"))
        .anySatisfy(c -> assertThat(c.get("role").asString()).isEqualTo("leader"))
        .anySatisfy(c -> assertThat(c.get("role").asString()).isEqualTo("overall of every leader"));
  }

  @Test
  void aRunThatLosesMostOfAFileEndsWithTheDataLossCodeAndStillWritesTheReports() throws Exception {
    Path workspace = SampleWorkspace.copy("data-loss");
    // the Forms exports name their leader in a question that is no longer mapped
    Path programme = workspace.resolve("programme.yml");
    String yaml = Files.readString(programme);
    assertThat(yaml).contains(LEADER_MAPPING);
    Files.writeString(
        programme, yaml.replace(LEADER_MAPPING, "columns: [Custom Data 1, ExternalReference]"));

    Commands.Outcome check = Commands.run("check", "--workspace", workspace.toString());
    assertThat(check.code()).isEqualTo(ExitCode.DATA_LOST.code());
    assertThat(check.err()).contains("google-forms May 2026.csv: 82 of 82 rows rejected");

    Commands.Outcome run = Commands.run("run", "--workspace", workspace.toString());

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.DATA_LOST.code());
    assertThat(run.out()).contains("run completed").contains("DATA LOST in 2 file(s)");
    assertThat(run.err())
        .contains("data lost: 2 file(s) lost more than 20 %")
        .contains("google-forms May 2026.csv: 82 of 82 rows rejected (100 %), 0 imported")
        .contains("wave-1 microsoft-forms.xlsx: 84 of 84 rows rejected")
        .contains("Leader ID is missing")
        .doesNotContain("late-corrections.xlsx:");
    long leaders = Commands.number(workspace, "select count(*) from leader");
    assertThat(run.out()).contains(leaders + " reports written");

    Commands.Outcome status = Commands.run("status", "--workspace", workspace.toString());
    assertThat(status.out())
        .contains("DATA LOST in the last import")
        .contains("google-forms May 2026.csv: 82 of 82 rows rejected");
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(Commands.run("status", "--workspace", workspace.toString(), "--json").out());
    assertThat(json.get("dataLost")).hasSize(2);
  }

  @Test
  void theSampleProgrammeRunsWithExitZero() {
    Path workspace = SampleWorkspace.copy("sample-exit");

    Commands.Outcome run = Commands.run("run", "--workspace", workspace.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK.code());
    assertThat(run.out()).doesNotContain("DATA LOST");
  }

  @Test
  void theAllowedShareCanBeRaisedOnTheCommandLine() {
    assertThat(Check.maxRejectShare(java.util.List.of(), Map.of())).isEqualTo(0.20);
    // programme.yml's import: max-reject-share: comes after the setting, before the default
    assertThat(Check.maxRejectShare(java.util.List.of(), Map.of(), 0.5)).isEqualTo(0.5);
    assertThat(
            Check.maxRejectShare(
                java.util.List.of("--" + DataLoss.MAX_REJECT_SHARE_PROPERTY + "=0.3"),
                Map.of(),
                0.5))
        .isEqualTo(0.3);
    assertThat(
            Check.maxRejectShare(
                java.util.List.of("--habit-trends.import.max-reject-share=0.5"), Map.of()))
        .isEqualTo(0.5);
    assertThat(
            Check.maxRejectShare(
                java.util.List.of(), Map.of("HABIT_TRENDS_IMPORT_MAXREJECTSHARE", "0.3")))
        .isEqualTo(0.3);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every file under the workspace with a digest of its content. */
  private static Map<String, String> contents(Path workspace) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(workspace)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(workspace.relativize(p).toString(), sha256(p));
        }
      }
    }
    return files;
  }
}
