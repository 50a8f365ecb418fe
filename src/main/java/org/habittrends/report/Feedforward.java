package org.habittrends.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Feedforward comments as a leader may read them: anonymity threshold applied, identifying text
 * removed, and shown in an order that is stable between runs but unrelated to who answered when.
 * Plain Java, no I/O.
 *
 * <p>Removed: every e-mail address (by pattern), the leader's stakeholders' roster keys, and the
 * names spelled by their e-mail addresses ("anna.berg@…" removes "Anna Berg", "Berg, Anna" and
 * "Anna.Berg", case-insensitively). Single first names alone are kept: too many are ordinary words.
 */
final class Feedforward {

  static final String NAME_REMOVED = "[…]";
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");

  private Feedforward() {}

  /** Cleaned comments in stable shuffled order, or none when fewer than {@code commentK}. */
  static List<String> forReport(
      String leaderId, List<String> raw, List<Stakeholder> stakeholders, int commentK) {
    List<String> comments = new ArrayList<>();
    for (String text : raw) {
      if (text != null && !text.isBlank()) {
        comments.add(clean(text, stakeholders));
      }
    }
    if (comments.size() < commentK) {
      return List.of();
    }
    comments.sort(Comparator.comparing((String c) -> hash(leaderId, c)).thenComparing(c -> c));
    return List.copyOf(comments);
  }

  /** A stakeholder as the roster knows them: pseudonymous key and e-mail (either may be null). */
  record Stakeholder(String key, String email) {}

  static String clean(String text, List<Stakeholder> stakeholders) {
    String cleaned = EMAIL.matcher(text.strip()).replaceAll(NAME_REMOVED);
    for (String name : names(stakeholders)) {
      cleaned =
          Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
              .matcher(cleaned)
              .replaceAll(NAME_REMOVED);
    }
    return cleaned.replaceAll("\\s+", " ");
  }

  /** Spellings to remove, longest first so "Anna Berg" goes before a key like "Berg". */
  private static List<String> names(List<Stakeholder> stakeholders) {
    Set<String> names = new LinkedHashSet<>();
    for (Stakeholder s : stakeholders) {
      if (s.key() != null && s.key().strip().length() >= 3) {
        names.add(s.key().strip());
      }
      if (s.email() != null && s.email().contains("@")) {
        String[] parts = s.email().substring(0, s.email().indexOf('@')).split("[._-]+");
        if (parts.length >= 2 && parts[0].length() >= 2 && parts[parts.length - 1].length() >= 2) {
          String first = parts[0];
          String last = parts[parts.length - 1];
          names.add(first + " " + last);
          names.add(first + "." + last);
          names.add(last + ", " + first);
          names.add(last + " " + first);
        }
      }
    }
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    return sorted;
  }

  private static String hash(String leaderId, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(leaderId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
