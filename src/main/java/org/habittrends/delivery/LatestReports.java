package org.habittrends.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.habittrends.domain.Programme;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report each leader should receive: the newest {@code reports/<leaderId>-*.pdf} (or {@code
 * <leaderId>.pdf}), identified by the SHA-256 of its bytes.
 */
final class LatestReports {

  private final JdbcTemplate jdbc;
  private final Programme programme;

  LatestReports(JdbcTemplate jdbc, Programme programme) {
    this.jdbc = jdbc;
    this.programme = programme;
  }

  List<Deliverable> find(Path reports) {
    List<Path> pdfs = pdfs(reports);
    List<Deliverable> found = new ArrayList<>();
    jdbc.query(
        "select leader_id, name, email from leader where programme_id = ? order by leader_id",
        rs -> {
          String id = rs.getString(1);
          String name = rs.getString(2);
          String email = rs.getString(3);
          latest(pdfs, id)
              .ifPresent(pdf -> found.add(new Deliverable(id, name, email, pdf, sha256(pdf))));
        },
        programme.id());
    return found;
  }

  /** The leader's newest report; {@code L1-} never matches {@code L10-…}. */
  static Optional<Path> latest(List<Path> pdfs, String leaderId) {
    return pdfs.stream()
        .filter(
            p -> {
              String name = p.getFileName().toString();
              return name.equals(leaderId + ".pdf") || name.startsWith(leaderId + "-");
            })
        .max(Comparator.comparing(LatestReports::modified).thenComparing(Path::toString));
  }

  private static List<Path> pdfs(Path reports) {
    if (!Files.isDirectory(reports)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(reports)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".pdf"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.nio.file.attribute.FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Path file) {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
