package org.habittrends.incremental;

/**
 * The version of the code that computes results and renders reports: part of every fingerprint, so
 * a new release re-renders what it may render differently.
 */
public record ApplicationVersion(String value) {

  /**
   * {@code configured} when given (tests fix it), else the jar manifest's Implementation-Version; a
   * snapshot build adds the jar's size and time, since its code changes under one version.
   */
  static ApplicationVersion of(String configured, java.io.File jar) {
    if (configured != null && !configured.isBlank()) {
      return new ApplicationVersion(configured);
    }
    String version = ApplicationVersion.class.getPackage().getImplementationVersion();
    if (version == null) {
      return new ApplicationVersion("development");
    }
    if (version.endsWith("-SNAPSHOT") && jar != null && jar.isFile()) {
      version += "+" + jar.length() + "@" + jar.lastModified();
    }
    return new ApplicationVersion(version);
  }
}
