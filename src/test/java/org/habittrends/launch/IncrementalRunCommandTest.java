package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.habittrends.incremental.Digest;
import org.habittrends.job.SampleWorkspace;
import org.junit.jupiter.api.Test;

/**
 * Incremental runs (issue 13), as cron runs them: a run renders again only the reports whose inputs
 * changed, never touches the others, and what it renders equals a full re-render byte for byte.
 */
class IncrementalRunCommandTest {

  /** Before the first run the files in reports/ get this time: a rewritten file gets today's. */
  private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

  private static final String HELD_BACK = "wave-4 qualtrics.csv";

  @Test
  void aRunWithNothingNewRewritesNothingAndADeletedOrEditedReportIsWrittenAgain() throws Exception {
    Path workspace = SampleWorkspace.copy("incremental-noop");
    assertOk(run("run", workspace));
    Map<Path, FileState> first = age(workspace);

    Commands.Outcome again = run("run", workspace);

    assertOk(again);
    assertThat(again.out())
        .contains("0 reports written, 12 unchanged")
        .contains("nothing new: no result recomputed, no file rewritten");
    assertThat(files(workspace)).as("no file rewritten or touched").isEqualTo(first);

    Path deleted = pdf(workspace, "L03");
    Path edited = pdf(workspace, "L04");
    Files.delete(workspace.resolve(deleted));
    Files.write(
        workspace.resolve(edited), new byte[] {'%'}, java.nio.file.StandardOpenOption.APPEND);
    Commands.Outcome repair = run("run", workspace);

    assertOk(repair);
    assertThat(repair.out()).contains("2 reports written, 10 unchanged");
    assertThat(changed(first, files(workspace))).containsExactlyInAnyOrder(deleted, edited);
    assertThat(files(workspace).get(deleted).sha256()).isEqualTo(first.get(deleted).sha256());
    assertThat(files(workspace).get(edited).sha256()).isEqualTo(first.get(edited).sha256());

    Map<Path, FileState> before = age(workspace);
    Commands.Outcome all = Commands.run("report", "--workspace", workspace.toString(), "--all");

    assertOk(all);
    assertThat(all.out()).contains("12 reports written").doesNotContain("unchanged");
    List<Path> pdfs = before.keySet().stream().filter(p -> p.toString().endsWith(".pdf")).toList();
    assertThat(changed(before, files(workspace))).containsExactlyInAnyOrderElementsOf(pdfs);
    assertThat(sha256s(files(workspace))).as("same bytes").isEqualTo(sha256s(before));
  }

  @Test
  void newAnswersForSomeLeadersRenderThoseLeadersAndTheCohortAsAFullRunWould() throws Exception {
    Path workspace = SampleWorkspace.copy("incremental-new");
    Path heldBack = workspace.resolve(HELD_BACK);
    Files.move(workspace.resolve("inbox").resolve(HELD_BACK), heldBack);
    assertOk(run("run", workspace));
    Map<Path, FileState> first = age(workspace);
    writeRowsOf(heldBack, List.of("L01", "L02"), workspace.resolve("inbox").resolve(HELD_BACK));

    Commands.Outcome incremental = run("run", workspace);

    assertOk(incremental);
    assertThat(incremental.out()).contains("2 reports written, 10 unchanged");
    assertThat(
            Commands.number(
                workspace,
                "select write_count from batch_step_execution where step_name = 'analyseStep'"
                    + " order by step_execution_id desc limit 1"))
        .as("results recomputed for the goals of L01 and L02 only")
        .isEqualTo(
            Commands.number(
                workspace, "select count(*) from trend_result where leader_id in ('L01', 'L02')"))
        .isLessThan(Commands.number(workspace, "select count(*) from trend_result"));
    Path reports = Path.of("reports");
    assertThat(changed(first, files(workspace)))
        .containsExactlyInAnyOrder(
            pdf(workspace, "L01"),
            pdf(workspace, "L02"),
            reports.resolve("trends.xlsx"),
            reports.resolve("cohort/cohort-report.pdf"),
            // the progress cohort report as of the wave before the latest, now wave 3
            reports.resolve("progress/wave-3/cohort/cohort-report.pdf"));

    Path copy = copyOf(workspace);
    assertOk(Commands.run("run", "--workspace", copy.toString(), "--all"));
    assertThat(sha256s(files(copy)))
        .as("every report and the workbook as a full re-render writes them")
        .isEqualTo(sha256s(files(workspace)));
  }

  @Test
  void aChangedReportLanguageRendersEveryReportAgain() throws Exception {
    Path workspace = SampleWorkspace.copy("incremental-language");
    assertOk(run("run", workspace));
    Path programme = workspace.resolve("programme.yml");
    Files.writeString(
        programme, Files.readString(programme).replace("language: en", "language: de"));
    Map<Path, FileState> first = age(workspace);

    Commands.Outcome german = run("run", workspace);

    assertOk(german);
    assertThat(german.out()).contains("12 reports written").doesNotContain("unchanged");
    assertThat(changed(first, files(workspace)))
        .as("every report and the workbook rewritten")
        .containsExactlyInAnyOrderElementsOf(first.keySet());
    assertThat(sha256s(files(workspace)).get(pdf(workspace, "L01")))
        .isNotEqualTo(first.get(pdf(workspace, "L01")).sha256());
  }

  private static Commands.Outcome run(String command, Path workspace) {
    return Commands.run(command, "--workspace", workspace.toString());
  }

  private static void assertOk(Commands.Outcome outcome) {
    assertThat(outcome.code()).as(outcome.out() + outcome.err()).isZero();
  }

  private record FileState(FileTime modified, long size, String sha256) {}

  /** Every file under reports/, relative to the workspace, with its time, size and SHA-256. */
  private static Map<Path, FileState> files(Path workspace) throws IOException {
    Map<Path, FileState> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(workspace.resolve("reports"))) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(
            workspace.relativize(file),
            new FileState(Files.getLastModifiedTime(file), Files.size(file), Digest.ofFile(file)));
      }
    }
    return files;
  }

  /** Sets every report's time to {@link #LONG_AGO}, so a rewrite shows; returns the files. */
  private static Map<Path, FileState> age(Path workspace) throws IOException {
    for (Path file : files(workspace).keySet()) {
      Files.setLastModifiedTime(workspace.resolve(file), LONG_AGO);
    }
    return files(workspace);
  }

  private static List<Path> changed(Map<Path, FileState> before, Map<Path, FileState> after) {
    return after.entrySet().stream()
        .filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<Path, String> sha256s(Map<Path, FileState> files) {
    Map<Path, String> sha = new TreeMap<>();
    files.forEach((path, state) -> sha.put(path, state.sha256()));
    return sha;
  }

  /** The leader's report, relative to the workspace. */
  private static Path pdf(Path workspace, String leaderId) throws IOException {
    try (Stream<Path> files = Files.list(workspace.resolve("reports"))) {
      return workspace.relativize(
          files
              .filter(p -> p.getFileName().toString().startsWith(leaderId + "-"))
              .findFirst()
              .orElseThrow());
    }
  }

  /** The Qualtrics export's three header lines and the rows of {@code leaders} only. */
  private static void writeRowsOf(Path export, List<String> leaders, Path target)
      throws IOException {
    List<String> lines = Files.readAllLines(export);
    List<String> kept =
        Stream.concat(
                lines.subList(0, 3).stream(),
                lines.subList(3, lines.size()).stream()
                    .filter(line -> leaders.stream().anyMatch(l -> line.contains("," + l + ","))))
            .toList();
    assertThat(kept.size()).isGreaterThan(3 + leaders.size());
    Files.write(target, kept);
  }

  /** A copy of the workspace, database included, made while no command runs. */
  private static Path copyOf(Path workspace) throws IOException {
    Path copy = Files.createTempDirectory(workspace.getParent(), "full-");
    try (Stream<Path> files = Files.walk(workspace)) {
      for (Path source : files.toList()) {
        Path target = copy.resolve(workspace.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return copy;
  }
}
