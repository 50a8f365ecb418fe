package org.habittrends.ingest.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a file's import depended on, as a SHA-256: the import settings (programme.yml's {@code
 * import:} section) and the roster. A file whose identical content is dropped again is imported
 * again when this differs from the fingerprint it was imported with: the coach fixed the mapping.
 */
public final class ImportFingerprint {

  /** Stored instead of a fingerprint for a file the coach asked to import again. */
  public static final String REQUESTED = "reimport requested";

  private ImportFingerprint() {}

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprint of {@code settings} and a roster digested into {@code roster}. */
  static String of(Object settings, MessageDigest roster) {
    MessageDigest all = digest();
    all.update(canonical(settings).getBytes(StandardCharsets.UTF_8));
    all.update(roster.digest());
    return HexFormat.of().formatHex(all.digest());
  }

  /**
   * The same text for equal values in every run: records by their components, maps sorted (an
   * immutable map's order changes from one JVM to the next).
   */
  static String canonical(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Record record) {
      StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('(');
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        text.append(component.getName()).append('=').append(canonical(read(component, record)));
        text.append(';');
      }
      return text.append(')').toString();
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> canonical(e.getKey()) + "=" + canonical(e.getValue()))
          .sorted()
          .collect(Collectors.joining(";", "{", "}"));
    }
    if (value instanceof Collection<?> list) {
      return list.stream()
          .map(ImportFingerprint::canonical)
          .collect(Collectors.joining(";", "[", "]"));
    }
    return value.getClass().getSimpleName() + ":" + value;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
