package org.habittrends.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.habittrends.domain.Workspace;
import org.habittrends.roster.InvalidWorkspaceException;

/** Copies a template workspace (such as sample-data/) so a run never consumes the original. */
final class WorkspaceCopy {

  private WorkspaceCopy() {}

  /** Copies {@code template} into {@code target} unless target already holds a programme. */
  static void initialise(Path template, Path target) {
    if (Files.exists(target.resolve(Workspace.PROGRAMME_FILE))) {
      return;
    }
    if (!Files.isRegularFile(template.resolve(Workspace.PROGRAMME_FILE))) {
      throw new InvalidWorkspaceException(
          "cannot initialise from " + template, List.of("it has no " + Workspace.PROGRAMME_FILE));
    }
    try (Stream<Path> files = Files.walk(template)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path relative = template.relativize(source);
        if (relative.startsWith(".habit-trends")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    } catch (IOException e) {
      throw new InvalidWorkspaceException(
          "cannot copy " + template + " to " + target, List.of(e.toString()));
    }
  }
}
