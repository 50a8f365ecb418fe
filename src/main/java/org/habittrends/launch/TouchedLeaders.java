package org.habittrends.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@code benchmark}'s second run: a new export file that changes the answers of a few leaders,
 * made from a CSV export already imported (Google Forms layout: timestamp, e-mail, "Name (ID)",
 * goal 1, …). Each copied row gets another goal 1 rating, so the leaders' results really change;
 * the rest of the row is kept as it was.
 */
final class TouchedLeaders {

  private static final Pattern LEADER = Pattern.compile("\\(([^()]+)\\)$");
  private static final String[] RATINGS = {"-3", "-2", "-1", "0", "+1", "+2", "+3"};

  record Written(int rows, List<String> leaders) {}

  private TouchedLeaders() {}

  /** Writes into {@code target} the rows of {@code leaders} leaders spread over the source. */
  static Written write(Path source, Path target, int leaders) {
    try {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      out.add(lines.get(0));
      List<String> chosen = spread(leaderIds(lines.subList(1, lines.size())), leaders);
      int rows = 0;
      for (String line : lines.subList(1, lines.size())) {
        String[] head = head(line);
        if (head != null && chosen.contains(leaderId(head[2]))) {
          out.add(rerated(line, head));
          rows++;
        }
      }
      Files.write(target, out, StandardCharsets.UTF_8);
      return new Written(rows, chosen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> leaderIds(List<String> rows) {
    Set<String> ids = new LinkedHashSet<>();
    for (String row : rows) {
      String[] head = head(row);
      if (head != null && leaderId(head[2]) != null) {
        ids.add(leaderId(head[2]));
      }
    }
    return List.copyOf(ids);
  }

  /**
   * {@code count} of the ids, evenly spaced, each from the middle of its share, in their order: so
   * not the first leaders, whose answers the generated late-corrections.xlsx replaces.
   */
  static List<String> spread(List<String> ids, int count) {
    if (ids.size() <= count) {
      return ids;
    }
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(ids.get((int) (((long) 2 * i + 1) * ids.size() / (2L * count))));
    }
    return chosen;
  }

  /** The first four fields (up to goal 1), or null when one is quoted. */
  static String[] head(String line) {
    String[] fields = line.split(",", 5);
    if (fields.length < 5) {
      return null;
    }
    for (int i = 0; i < 4; i++) {
      if (fields[i].contains("\"")) {
        return null;
      }
    }
    return fields;
  }

  private static String leaderId(String field) {
    Matcher m = LEADER.matcher(field.trim());
    return m.find() ? m.group(1) : null;
  }

  /** The same row with another goal 1 rating (the next one up, wrapping round; N/A becomes 0). */
  static String rerated(String line, String[] head) {
    String rating = head[3].trim();
    String next = "0";
    for (int i = 0; i < RATINGS.length; i++) {
      if (RATINGS[i].equals(rating)) {
        next = RATINGS[(i + 1) % RATINGS.length];
      }
    }
    return String.join(",", head[0], head[1], head[2], next, head[4]);
  }
}
