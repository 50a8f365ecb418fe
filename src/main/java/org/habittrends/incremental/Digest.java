package org.habittrends.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of values, each followed by a separator, so ("ab", "c") and ("a", "bc")
 * differ and a null differs from "null".
 */
public final class Digest {

  private final MessageDigest sha = sha256();

  public static Digest of(Object... values) {
    Digest digest = new Digest();
    for (Object value : values) {
      digest.add(value);
    }
    return digest;
  }

  public Digest add(Object value) {
    if (value == null) {
      sha.update((byte) 0);
    } else {
      sha.update(value.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 1);
    }
    return this;
  }

  public String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The SHA-256 of a file's bytes, in hex. */
  public static String ofFile(Path file) throws IOException {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
