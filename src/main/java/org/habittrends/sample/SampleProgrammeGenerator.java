package org.habittrends.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.domain.Wave;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.RosterWriter;
import org.habittrends.ingest.TemplateWriter;

/**
 * Writes a complete synthetic programme workspace: programme.yml, roster.xlsx, one template file
 * per wave in inbox/ and inbox/late-corrections.xlsx with rows the import must reject. The same
 * seed always gives the same content (no clock, one random stream per leader and wave).
 */
public final class SampleProgrammeGenerator {

  /** The programme's four waves, two months apart. */
  static final List<Wave> WAVES =
      List.of(
          wave(1, "March 2026", "2026-03-02", "2026-03-13"),
          wave(2, "May 2026", "2026-05-04", "2026-05-15"),
          wave(3, "July 2026", "2026-07-06", "2026-07-17"),
          wave(4, "September 2026", "2026-09-07", "2026-09-18"));

  static final String PROGRAMME_ID = "sample-2026";

  /**
   * What was written: {@code responses} and {@code ratings} (N/A excluded) count the wave files;
   * {@code badRows} the rows of late-corrections.xlsx that the import must reject.
   */
  public record Summary(int leaders, int stakeholders, int responses, int ratings, int badRows) {}

  private SampleProgrammeGenerator() {}

  /**
   * @param leaders number of leaders, 2 or more
   * @throws UncheckedIOException when a file cannot be written
   */
  public static Summary generate(Path outDir, long seed, int leaders) {
    if (leaders < 2) {
      throw new IllegalArgumentException("a sample programme needs at least 2 leaders");
    }
    Workspace workspace = new Workspace(outDir);
    try {
      Files.createDirectories(workspace.inbox());
      Files.writeString(workspace.programmeFile(), programmeYaml(), StandardCharsets.UTF_8);
      SampleCohort cohort = new SampleCohort(seed, leaders);
      RosterWriter.write(
          workspace.root().resolve(Workspace.ROSTER_FILE), cohort.leaders(), cohort.stakeholders());
      ResponseSimulator simulator = new ResponseSimulator(seed);
      int responses = 0;
      int ratings = 0;
      for (Wave wave : WAVES) {
        Path file = workspace.inbox().resolve("wave-" + wave.number() + ".xlsx");
        try (TemplateWriter writer = TemplateWriter.open(file, maxGoals(cohort))) {
          for (SampleCohort.Member member : cohort.members()) {
            for (SurveyResponse response : simulator.responses(member, wave)) {
              writer.write(response);
              responses++;
              ratings += (int) response.ratings().stream().filter(Rating::isApplicable).count();
            }
          }
        }
      }
      int badRows =
          LateCorrections.write(
              workspace.inbox().resolve("late-corrections.xlsx"), cohort, simulator, leaders);
      return new Summary(leaders, cohort.stakeholders().size(), responses, ratings, badRows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sample programme to " + outDir, e);
    }
  }

  private static int maxGoals(SampleCohort cohort) {
    return cohort.leaders().stream().mapToInt(l -> l.goals().size()).max().orElse(1);
  }

  private static String programmeYaml() {
    StringBuilder yaml = new StringBuilder();
    yaml.append(
            "# Synthetic programme written by habit-trends sample-data; all people are"
                + " fictional.\n")
        .append("id: ")
        .append(PROGRAMME_ID)
        .append('\n')
        .append("name: \"Leading with Feedforward 2026\"\n")
        .append("sponsor: \"Northwind Traders, People & Culture\"\n")
        .append("start: 2026-01-12\n")
        .append("end: 2026-10-30\n")
        .append("language: en\n")
        .append("anonymity-threshold: 3\n")
        .append("waves:\n");
    for (Wave wave : WAVES) {
      yaml.append("  - number: ")
          .append(wave.number())
          .append('\n')
          .append("    label: \"")
          .append(wave.label())
          .append("\"\n")
          .append("    opens: ")
          .append(wave.opens())
          .append('\n')
          .append("    closes: ")
          .append(wave.closes())
          .append('\n');
    }
    return yaml.toString();
  }

  private static Wave wave(int number, String label, String opens, String closes) {
    return new Wave(number, label, LocalDate.parse(opens), LocalDate.parse(closes));
  }
}
