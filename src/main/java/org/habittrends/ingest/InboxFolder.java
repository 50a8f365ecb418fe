package org.habittrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inbox seen as a queue of dropped files, and moves that never overwrite: a name already taken
 * gets a suffix ("answers (2).xlsx"). Symbolic links, folders, hidden and lock files are ignored.
 */
final class InboxFolder {

  private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "desktop.ini");

  private InboxFolder() {}

  /** Files waiting in {@code inbox}, sorted by name. */
  static List<Path> waiting(Path inbox) throws IOException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(inbox)) {
      return files;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
      for (Path entry : entries) {
        if (isDropped(entry)) {
          files.add(entry);
        }
      }
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return files;
  }

  static boolean isDropped(Path entry) {
    String name = entry.getFileName().toString();
    return !name.startsWith(".")
        && !name.startsWith("~$")
        && !SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT))
        && !Files.isSymbolicLink(entry)
        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Moves {@code file} into {@code folder} under a free name; returns where it went. */
  static Path moveInto(Path file, Path folder) throws IOException {
    Files.createDirectories(folder);
    String name = file.getFileName().toString();
    for (int attempt = 1; ; attempt++) {
      Path target = folder.resolve(attempt == 1 ? name : suffixed(name, attempt));
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        // an atomic rename may replace an existing file, hence the check just above
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        try {
          return Files.move(file, target);
        } catch (FileAlreadyExistsException taken) {
          // another process took the name meanwhile: try the next one
        }
      }
    }
  }

  /** A name in {@code folder} that no file has, derived from {@code name}. */
  static Path freeName(Path folder, String name) {
    Path target = folder.resolve(name);
    for (int attempt = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); attempt++) {
      target = folder.resolve(suffixed(name, attempt));
    }
    return target;
  }

  /** "answers.xlsx" → "answers (2).xlsx". */
  static String suffixed(String name, int number) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return name + " (" + number + ")";
    }
    return name.substring(0, dot) + " (" + number + ")" + name.substring(dot);
  }

  /** The name without its extension(s), for report names. */
  static String baseName(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
