package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxFolderTest {

  @TempDir Path dir;

  @Test
  void listsOnlyDroppedFilesSortedByName() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    for (String name :
        new String[] {"b.xlsx", "a.xlsx", ".hidden.xlsx", "~$a.xlsx", ".DS_Store", "Thumbs.db"}) {
      Files.writeString(inbox.resolve(name), name);
    }
    Files.createDirectories(inbox.resolve("folder.xlsx"));
    Files.createSymbolicLink(inbox.resolve("link.xlsx"), inbox.resolve("a.xlsx"));
    assertThat(InboxFolder.waiting(inbox))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.xlsx", "b.xlsx");
  }

  @Test
  void movesNeverOverwrite() throws Exception {
    Path processed = dir.resolve("processed");
    Path first = Files.writeString(dir.resolve("answers.xlsx"), "one");
    assertThat(InboxFolder.moveInto(first, processed)).isEqualTo(processed.resolve("answers.xlsx"));
    Path second = Files.writeString(dir.resolve("answers.xlsx"), "two");
    assertThat(InboxFolder.moveInto(second, processed))
        .isEqualTo(processed.resolve("answers (2).xlsx"));
    assertThat(Files.readString(processed.resolve("answers.xlsx"))).isEqualTo("one");
    assertThat(InboxFolder.freeName(processed, "answers.xlsx"))
        .isEqualTo(processed.resolve("answers (3).xlsx"));
  }

  @Test
  void hashesContent() throws Exception {
    Path file = Files.writeString(dir.resolve("x.txt"), "abc");
    assertThat(InboxFolder.sha256(file))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
