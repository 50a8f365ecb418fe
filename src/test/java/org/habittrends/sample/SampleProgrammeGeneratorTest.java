package org.habittrends.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.habittrends.domain.Leader;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.Stakeholder;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.SheetRow;
import org.habittrends.ingest.Spreadsheets;
import org.habittrends.ingest.TemplateWriter;
import org.habittrends.roster.ProgrammeDefinition;
import org.habittrends.roster.ProgrammeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProgrammeGeneratorTest {

  private static final List<String> FILES =
      List.of("wave-1.xlsx", "wave-2.xlsx", "wave-3.xlsx", "wave-4.xlsx", "late-corrections.xlsx");

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
    assertThat(summary.badRows()).isEqualTo(7);
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
    for (String file : FILES) {
      assertThat(dir.resolve("inbox").resolve(file)).isRegularFile();
    }
  }

  @Test
  void trendsHaveDifferentShapes() throws Exception {
    SampleProgrammeGenerator.generate(dir, 2026, 12);
    // L01 improves, L03 declines, L05 answers rarely (see TrendProfile)
    assertThat(mean(1, "L01")).isLessThan(mean(4, "L01") - 1);
    assertThat(mean(1, "L03")).isGreaterThan(mean(4, "L03") + 0.5);
    ProgrammeDefinition definition = ProgrammeFiles.load(new Workspace(dir));
    long invited =
        definition.stakeholders().stream().filter(s -> s.leaderId().equals("L05")).count();
    long answered = 0;
    for (int wave = 1; wave <= 4; wave++) {
      answered += rows(wave).stream().filter(r -> r.get("Leader ID").equals("L05")).count();
    }
    assertThat((double) answered / (invited * 4)).isBetween(0.2, 0.6);
  }

  @Test
  void scalesToAThousandLeaders() {
    long start = System.nanoTime();
    var summary = SampleProgrammeGenerator.generate(dir, 1, 1000);
    assertThat(summary.leaders()).isEqualTo(1000);
    assertThat(summary.responses()).isGreaterThan(20_000);
    assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
  }

  private double mean(int wave, String leader) throws Exception {
    return rows(wave).stream()
        .filter(r -> r.get("Leader ID").equals(leader) && r.get("Goal 1").matches("-?\\d"))
        .mapToInt(r -> Integer.parseInt(r.get("Goal 1")))
        .average()
        .orElseThrow();
  }

  private List<SheetRow> rows(int wave) throws Exception {
    return Spreadsheets.readSheet(
        dir.resolve("inbox/wave-" + wave + ".xlsx"), TemplateWriter.SHEET_NAME);
  }

  private static long count(List<Stakeholder> list, RelationshipGroup group) {
    return list.stream().filter(s -> s.group() == group).count();
  }

  private static List<Object> content(Path root) throws Exception {
    List<Object> content = new java.util.ArrayList<>();
    content.add(Spreadsheets.readSheet(root.resolve("roster.xlsx"), "Leaders"));
    content.add(Spreadsheets.readSheet(root.resolve("roster.xlsx"), "Stakeholders"));
    for (String file : FILES) {
      content.add(
          Spreadsheets.readSheet(root.resolve("inbox").resolve(file), TemplateWriter.SHEET_NAME));
    }
    return content;
  }
}
