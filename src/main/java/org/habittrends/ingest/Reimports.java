package org.habittrends.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.store.ImportFingerprint;
import org.habittrends.ingest.store.ImportRepository;
import org.habittrends.ingest.store.UnfinishedFiles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coach's request to import a file again ({@code reimport}), e.g. after fixing the mapping in
 * programme.yml: its ledger row is marked so that the next import takes the file up again instead
 * of refusing it as imported before, and the file goes back into inbox/. The import then replaces
 * what the file gave before ({@link UnfinishedFiles#takeOut}). Marking first and moving second
 * keeps a request interrupted in between harmless: asked again, it does the same.
 */
public final class Reimports {

  private Reimports() {}

  /**
   * Marks {@code file} (in inbox/, processed/ or rejected/) for import again and moves it into
   * inbox/; the caller commits and then runs the import.
   *
   * @return where the file now waits
   */
  public static Path request(JdbcTemplate jdbc, Workspace workspace, String programmeId, Path file)
      throws IOException {
    String sha256 = InboxFolder.sha256(file);
    jdbc.update(
        "update imported_file set settings_fingerprint = ? where programme_id = ? and sha256 = ?"
            + " and status = ?",
        ImportFingerprint.REQUESTED,
        programmeId,
        sha256,
        ImportRepository.IMPORTED);
    if (file.getParent().equals(workspace.inbox())) {
      return file;
    }
    Files.createDirectories(workspace.inbox());
    Path reason = file.resolveSibling(file.getFileName() + ".reason.txt");
    Path moved = InboxFolder.moveInto(file, workspace.inbox());
    if (file.getParent().equals(workspace.rejected())) {
      Files.deleteIfExists(reason); // the reason it was refused no longer holds, or is given anew
    }
    return moved;
  }
}
