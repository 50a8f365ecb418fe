package org.habittrends.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.habittrends.domain.Workspace;

/** What a folder of the workspace holds, as an operator counts it. */
final class Inbox {

  private Inbox() {}

  /** Regular files a coach dropped, leaving out hidden files and Office lock files. */
  static List<Path> waitingFiles(Workspace workspace) {
    return files(workspace.inbox());
  }

  static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().startsWith("~$"))
          .filter(p -> !p.getFileName().toString().equals("Thumbs.db"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
