package org.habittrends.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Rating;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.Stakeholder;
import org.habittrends.domain.Wave;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.Spreadsheets;
import org.habittrends.ingest.TemplateWriter;
import org.habittrends.roster.ProgrammeDefinition;
import org.habittrends.roster.ProgrammeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProgrammeGeneratorTest {

  /** Each export with the sheet its tool names (CSV files have none). */
  private static final Map<String, String> FILES =
      Map.of(
          "wave-1 microsoft-forms.xlsx", "Form1",
          "google-forms May 2026.csv", "",
          "wave-3 surveymonkey.xlsx", "Sheet",
          "wave-4 qualtrics.csv", "",
          "late-corrections.xlsx", TemplateWriter.SHEET_NAME);

  @TempDir Path dir;

  @Test
  void sameSeedGivesSameContent() throws Exception {
    var first = SampleProgrammeGenerator.generate(dir.resolve("a"), 2026, 12);
    var second = SampleProgrammeGenerator.generate(dir.resolve("b"), 2026, 12);
    var other = SampleProgrammeGenerator.generate(dir.resolve("c"), 7, 12);
    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(dir.resolve("b/programme.yml")))
        .isEqualTo(Files.readString(dir.resolve("a/programme.yml")));
    assertThat(content(dir.resolve("b"))).isEqualTo(content(dir.resolve("a")));
    assertThat(content(dir.resolve("c"))).isNotEqualTo(content(dir.resolve("a")));
    assertThat(other.leaders()).isEqualTo(12);
  }

  @Test
  void defaultProgrammeHasTheAgreedShape() throws Exception {
    var summary = SampleProgrammeGenerator.generate(dir, 2026, 12);
    ProgrammeDefinition definition = ProgrammeFiles.load(new Workspace(dir));
    assertThat(definition.programme().waves()).hasSize(4);
    assertThat(definition.programme().anonymityThreshold()).isEqualTo(3);
    assertThat(definition.leaders()).hasSize(12);
    assertThat(summary.stakeholders()).isEqualTo(definition.stakeholders().size());
    assertThat(summary.badRows()).isEqualTo(8);
    assertThat(summary.ratings()).isGreaterThan(summary.responses());
    assertThat(definition.leaders())
        .extracting(Leader::name)
        .contains("Zoë Ørsted", "Łukasz Wąsik", "Søren Kierkegaard-Holm", "Nguyễn Thị Mai");
    assertThat(definition.leaders()).allSatisfy(l -> assertThat(l.goals()).hasSizeBetween(1, 2));
    assertThat(definition.leaders()).anySatisfy(l -> assertThat(l.goals()).hasSize(1));
    assertThat(definition.leaders())
        .anySatisfy(l -> assertThat(l.goals().get(0).wording()).isNotNull());
    Map<String, List<Stakeholder>> byLeader =
        definition.stakeholders().stream().collect(Collectors.groupingBy(Stakeholder::leaderId));
    assertThat(byLeader.values())
        .allSatisfy(
            list -> {
              assertThat(list).hasSizeBetween(6, 10);
              assertThat(count(list, RelationshipGroup.MANAGER)).isEqualTo(1);
              assertThat(count(list, RelationshipGroup.DIRECT_REPORT)).isGreaterThanOrEqualTo(2);
              assertThat(count(list, RelationshipGroup.PEER)).isGreaterThanOrEqualTo(2);
            });
    assertThat(byLeader.get("L01").get(2).key()).isEqualTo("L01-S03");
    assertThat(byLeader.get("L01").get(2).email()).isEqualTo("l01.s03@example.org");
    for (String file : FILES.keySet()) {
      assertThat(dir.resolve("inbox").resolve(file)).isRegularFile();
    }
    assertThat(Files.readString(dir.resolve("programme.yml"))).contains("import:");
  }

  @Test
  void trendsHaveDifferentShapes() {
    // the answers the generator writes, before a survey tool's layout is applied
    SampleCohort cohort = new SampleCohort(2026, 12);
    ResponseSimulator simulator = new ResponseSimulator(2026);
    // L01 improves, L03 declines, L05 answers rarely (see TrendProfile)
    assertThat(mean(cohort, simulator, 1, 0)).isLessThan(mean(cohort, simulator, 4, 0) - 1);
    assertThat(mean(cohort, simulator, 1, 2)).isGreaterThan(mean(cohort, simulator, 4, 2) + 0.5);
    SampleCohort.Member l05 = cohort.members().get(4);
    long answered = 0;
    for (Wave wave : SampleProgrammeGenerator.WAVES) {
      answered += simulator.responses(l05, wave).size();
    }
    assertThat((double) answered / (l05.raters().size() * 4)).isBetween(0.2, 0.6);
  }

  @Test
  void everyAnswerWrittenIsReadBackAsAnAnswerRow() throws Exception {
    var summary = SampleProgrammeGenerator.generate(dir, 2026, 12);
    int rows = 0;
    for (String file : FILES.keySet()) {
      rows += Spreadsheets.countAnswerRows(dir.resolve("inbox").resolve(file));
    }
    // late-corrections holds 6 bad rows, a draft and its correction and the wave-2 answers
    // exported again; Qualtrics one unfinished row
    assertThat(rows).isEqualTo(summary.responses() + 6 + 2 + LateCorrections.RESUBMITTED + 1);
  }

  @Test
  void scalesToAThousandLeaders() {
    long start = System.nanoTime();
    var summary = SampleProgrammeGenerator.generate(dir, 1, 1000);
    assertThat(summary.leaders()).isEqualTo(1000);
    assertThat(summary.responses()).isGreaterThan(20_000);
    assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
  }

  private static double mean(
      SampleCohort cohort, ResponseSimulator simulator, int wave, int member) {
    return simulator
        .responses(cohort.members().get(member), SampleProgrammeGenerator.WAVES.get(wave - 1))
        .stream()
        .flatMap(r -> r.ratings().stream())
        .filter(r -> r.goalNumber() == 1 && r.isApplicable())
        .mapToInt(Rating::value)
        .average()
        .orElseThrow();
  }

  private static long count(List<Stakeholder> list, RelationshipGroup group) {
    return list.stream().filter(s -> s.group() == group).count();
  }

  private static List<Object> content(Path root) throws Exception {
    List<Object> content = new java.util.ArrayList<>();
    content.add(Spreadsheets.readSheet(root.resolve("roster.xlsx"), "Leaders"));
    content.add(Spreadsheets.readSheet(root.resolve("roster.xlsx"), "Stakeholders"));
    for (var file : new java.util.TreeMap<>(FILES).entrySet()) {
      Path path = root.resolve("inbox").resolve(file.getKey());
      content.add(
          file.getValue().isEmpty()
              ? Files.readString(path)
              : Spreadsheets.readSheet(path, file.getValue()));
    }
    return content;
  }
}
