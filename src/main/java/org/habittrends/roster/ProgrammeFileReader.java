package org.habittrends.roster;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads {@code programme.yml}; collects every problem instead of stopping at the first. */
final class ProgrammeFileReader {

  private final List<String> problems = new ArrayList<>();
  private ImportSettings importSettings = ImportSettings.DEFAULTS;

  /** The {@code import:} section of the file last read. */
  ImportSettings importSettings() {
    return importSettings;
  }

  Programme read(Path file) {
    Map<String, Object> yaml = load(file);
    String id = text(yaml, "id", true);
    List<Wave> waves = waves(yaml.get("waves"));
    int threshold = integer(yaml, "anonymity-threshold", Anonymity.DEFAULT.k());
    int commentThreshold = integer(yaml, "comment-threshold", Anonymity.DEFAULT.commentK());
    boolean managerExempt = Boolean.TRUE.equals(yaml.get("manager-exempt"));
    String name = text(yaml, "name", false);
    LocalDate start = date(yaml.get("start"), "start");
    LocalDate end = date(yaml.get("end"), "end");
    importSettings = new ImportSectionReader(problems).read(yaml.get("import"));
    if (!problems.isEmpty()) {
      throw new InvalidWorkspaceException(file.getFileName() + " is not valid", problems);
    }
    try {
      return new Programme(
          id,
          name == null ? id : name,
          text(yaml, "sponsor", false),
          start,
          end,
          waves,
          new Anonymity(threshold, commentThreshold, managerExempt),
          Locale.forLanguageTag(String.valueOf(yaml.getOrDefault("language", "en"))));
    } catch (IllegalArgumentException e) {
      throw new InvalidWorkspaceException(
          file.getFileName() + " is not valid", List.of(e.getMessage()));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidWorkspaceException(
          "no programme definition", List.of("expected a file " + file));
    }
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object root = yaml.load(reader);
      if (root instanceof Map<?, ?> map) {
        return (Map<String, Object>) map;
      }
      throw new InvalidWorkspaceException(
          file.getFileName() + " is not valid", List.of("expected keys such as id, name, waves"));
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidWorkspaceException invalid) {
        throw invalid;
      }
      throw new InvalidWorkspaceException(
          file.getFileName() + " cannot be read", List.of(e.getMessage()));
    }
  }

  private List<Wave> waves(Object node) {
    List<Wave> waves = new ArrayList<>();
    if (!(node instanceof List<?> list) || list.isEmpty()) {
      problems.add("waves: list each survey wave (number, label, opens, closes)");
      return waves;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> wave)) {
        problems.add("waves: each wave needs number, label, opens and closes");
        continue;
      }
      Object number = wave.get("number");
      if (!(number instanceof Integer n)) {
        problems.add("waves: a wave has no whole-number \"number\"");
        continue;
      }
      Object label = wave.get("label");
      try {
        waves.add(
            new Wave(
                n,
                label == null ? "Wave " + n : label.toString(),
                date(wave.get("opens"), "wave " + n + " opens"),
                date(wave.get("closes"), "wave " + n + " closes")));
      } catch (IllegalArgumentException e) {
        problems.add("waves: " + e.getMessage());
      }
    }
    return waves;
  }

  private String text(Map<String, Object> yaml, String key, boolean required) {
    Object value = yaml.get(key);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        problems.add(key + ": required");
      }
      return null;
    }
    return value.toString().trim();
  }

  private int integer(Map<String, Object> yaml, String key, int fallback) {
    Object value = yaml.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Integer i && i >= 1) {
      return i;
    }
    problems.add(key + ": expected a whole number of 1 or more, found " + value);
    return fallback;
  }

  private LocalDate date(Object value, String what) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    try {
      return LocalDate.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      problems.add(what + ": expected a date like 2026-03-31, found " + value);
      return null;
    }
  }
}
