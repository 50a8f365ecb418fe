package org.habittrends.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.ImportSettings;
import org.junit.jupiter.api.Test;

/** The settings fingerprint decides whether an identical file dropped again is imported again. */
class ImportFingerprintTest {

  @Test
  void equalSettingsGiveTheSameFingerprintWhateverTheOrderOfTheirMaps() {
    Map<String, Integer> forwards = new LinkedHashMap<>();
    forwards.put("Bastante mejor", 2);
    forwards.put("Mucho peor", -3);
    Map<String, Integer> backwards = new LinkedHashMap<>();
    backwards.put("Mucho peor", -3);
    backwards.put("Bastante mejor", 2);

    assertThat(fingerprint(labels(forwards), "roster"))
        .isEqualTo(fingerprint(labels(backwards), "roster"))
        .hasSize(64);
  }

  @Test
  void aChangedMappingOrRosterGivesAnotherFingerprint() {
    String before = fingerprint(labels(Map.of("Bastante mejor", 2)), "roster");

    assertThat(fingerprint(labels(Map.of("Bastante mejor", 1)), "roster")).isNotEqualTo(before);
    assertThat(fingerprint(ImportSettings.DEFAULTS, "roster")).isNotEqualTo(before);
    assertThat(
            fingerprint(
                new Mapping(
                    List.of("Coachee", "Leader"),
                    Map.of("Bastante mejor", 2),
                    new Question("Q1", 1)),
                "roster"))
        .as("the order of columns tried matters")
        .isNotEqualTo(before);
    assertThat(fingerprint(labels(Map.of("Bastante mejor", 2)), "roster with L02"))
        .isNotEqualTo(before);
  }

  private static String fingerprint(Object settings, String roster) {
    var digest = ImportFingerprint.digest();
    digest.update(roster.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return ImportFingerprint.of(settings, digest);
  }

  /** Stands for ImportSettings: a record of lists, maps and nested records. */
  private record Mapping(List<String> columns, Map<String, Integer> labels, Question question) {}

  private record Question(String text, Integer goal) {}

  private static Mapping labels(Map<String, Integer> labels) {
    return new Mapping(List.of("Leader", "Coachee"), Map.copyOf(labels), new Question("Q1", 1));
  }
}
