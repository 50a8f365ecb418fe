package org.habittrends.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.Leader;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.domain.Wave;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.RosterWriter;

/**
 * Writes a complete synthetic programme workspace: programme.yml (with the import mapping the
 * exports need), roster.xlsx, one export per wave in inbox/ as a different survey tool writes it
 * (wave 1 Microsoft Forms .xlsx, wave 2 Google Forms .csv, wave 3 SurveyMonkey .xlsx, wave 4
 * Qualtrics .csv with one unfinished response) and inbox/late-corrections.xlsx in the template,
 * with rows the import must reject. The same seed always gives the same content (no clock, one
 * random stream per leader and wave).
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

  /** The mapping the sample's exports need beyond the defaults (see the README). */
  private static final String IMPORT_MAPPING =
      "import:\n"
          + "  leader:\n"
          + "    # the question or custom field that names the leader (Microsoft and Google Forms,\n"
          + "    # SurveyMonkey, Qualtrics); the template's Leader ID column needs no mapping\n"
          + "    columns: [\""
          + SingleHeaderExports.LEADER_QUESTION
          + "\", Custom Data 1,"
          + " ExternalReference]\n"
          + "  goals:\n"
          + "    # overall effectiveness is stored as goal 0; goals are found by habit name or\n"
          + "    # \"Goal n\" in the question without mapping\n"
          + "    - {question: \"Overall, how has this leader\", goal: 0}\n";

  /**
   * What was written: {@code responses} and {@code ratings} (goal ratings, N/A and overall
   * excluded) count the wave files; {@code badRows} the rows that the import must reject: those of
   * late-corrections.xlsx and the unfinished Qualtrics response.
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
      Map<String, Leader> byId = new LinkedHashMap<>();
      cohort.leaders().forEach(l -> byId.put(l.id(), l));
      Map<String, String> emails = new HashMap<>();
      cohort.stakeholders().forEach(st -> emails.put(st.key(), st.email()));
      List<List<SurveyResponse>> waves = new ArrayList<>();
      int responses = 0;
      int ratings = 0;
      for (Wave wave : WAVES) {
        List<SurveyResponse> answers = new ArrayList<>();
        cohort.members().forEach(m -> answers.addAll(simulator.responses(m, wave)));
        waves.add(answers);
        responses += answers.size();
        ratings +=
            (int)
                answers.stream()
                    .flatMap(r -> r.ratings().stream())
                    .filter(r -> r.goalNumber() > 0 && r.isApplicable())
                    .count();
      }
      int goals = maxGoals(cohort);
      Path inbox = workspace.inbox();
      SingleHeaderExports.microsoftForms(
          inbox.resolve("wave-1 microsoft-forms.xlsx"), byId, waves.get(0), emails);
      SingleHeaderExports.googleForms(
          inbox.resolve("google-forms May 2026.csv"), byId, waves.get(1), emails, goals);
      MultiHeaderExports.surveyMonkey(
          inbox.resolve("wave-3 surveymonkey.xlsx"), waves.get(2), emails, goals);
      SurveyResponse abandoned = waves.get(3).get(waves.get(3).size() - 1);
      MultiHeaderExports.qualtrics(
          inbox.resolve("wave-4 qualtrics.csv"), waves.get(3), emails, goals, abandoned);
      int badRows =
          LateCorrections.write(
              workspace.inbox().resolve("late-corrections.xlsx"), cohort, simulator, leaders);
      return new Summary(leaders, cohort.stakeholders().size(), responses, ratings, badRows + 1);
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
        .append(IMPORT_MAPPING)
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
