package org.habittrends.domain;

import java.nio.file.Path;

/** One programme's folder and the fixed layout inside it. */
public record Workspace(Path root) {
  public static final String PROGRAMME_FILE = "programme.yml";
  public static final String ROSTER_FILE = "roster.xlsx";

  public Workspace {
    root = root.toAbsolutePath().normalize();
  }

  public Path programmeFile() {
    return root.resolve(PROGRAMME_FILE);
  }

  public Path inbox() {
    return root.resolve("inbox");
  }

  public Path processed() {
    return root.resolve("processed");
  }

  public Path rejected() {
    return root.resolve("rejected");
  }

  public Path reports() {
    return root.resolve("reports");
  }

  /** Where the embedded database lives when no external one is configured. */
  public Path databaseDirectory() {
    return root.resolve(".habit-trends");
  }
}
