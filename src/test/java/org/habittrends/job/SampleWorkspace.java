package org.habittrends.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A fresh copy of the committed sample-data/ under target/, so tests never consume it. */
public final class SampleWorkspace {

  static final Path SAMPLE_DATA = Path.of("sample-data");

  private SampleWorkspace() {}

  public static Path copy(String name) {
    try {
      Files.createDirectories(Path.of("target", "test-workspaces"));
      Path target = Files.createTempDirectory(Path.of("target", "test-workspaces"), name + "-");
      try (Stream<Path> files = Files.walk(SAMPLE_DATA)) {
        for (Path source : (Iterable<Path>) files::iterator) {
          Path copy = target.resolve(SAMPLE_DATA.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return target.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
