package org.habittrends.ingest.rows;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.ImportSettings;

/**
 * Turns answer text into ratings and follow-up levels: first the programme's own labels, then the
 * English scale labels and N/A words of several languages, then {@link RatingText}'s numbers.
 * Numeric codes (Qualtrics "numeric values" exports) are translated only where the programme maps
 * them, since elsewhere a 1 means +1.
 */
public final class AnswerScale {

  static final Map<String, Integer> ENGLISH =
      Map.ofEntries(
          Map.entry("much more effective", 3),
          Map.entry("clearly more effective", 2),
          Map.entry("more effective", 2),
          Map.entry("somewhat more effective", 1),
          Map.entry("slightly more effective", 1),
          Map.entry("no change", 0),
          Map.entry("no perceptible change", 0),
          Map.entry("neither more nor less effective", 0),
          Map.entry("somewhat less effective", -1),
          Map.entry("slightly less effective", -1),
          Map.entry("less effective", -2),
          Map.entry("clearly less effective", -2),
          Map.entry("much less effective", -3));

  static final List<String> NOT_APPLICABLE =
      List.of(
          "not observed",
          "don't know",
          "dont know",
          "unable to judge",
          "not applicable",
          "no sé",
          "no observado",
          "no aplica",
          "ne sais pas",
          "je ne sais pas",
          "non observé",
          "sans objet",
          "weiß nicht",
          "nicht beobachtet",
          "keine angabe",
          "weet niet",
          "niet waargenomen",
          "niet van toepassing",
          "n.v.t.",
          "ns/nc");

  /**
   * Follow-up wordings read besides the levels' own labels and codes: the contact-sport study's
   * ("Consistent or periodic follow-up") and its shorter forms.
   */
  static final Map<String, FollowUp> FOLLOW_UP_WORDINGS =
      Map.ofEntries(
          Map.entry("little follow-up", FollowUp.A_LITTLE),
          Map.entry("consistent or periodic follow-up", FollowUp.CONSISTENT),
          Map.entry("periodic follow-up", FollowUp.CONSISTENT),
          Map.entry("consistent/periodic follow-up", FollowUp.CONSISTENT));

  private final Map<String, Integer> labels = new HashMap<>();
  private final Map<String, Integer> codes = new HashMap<>();
  private final Map<String, FollowUp> followUps = new HashMap<>();
  private final Set<String> notApplicable = new HashSet<>();
  // answers repeat a handful of texts, so each distinct text is read once (up to MEMO texts)
  private final Map<String, RatingText.Parsed> ratings = new ConcurrentHashMap<>();
  private final Map<String, RatingText.Parsed> codedRatings = new ConcurrentHashMap<>();
  private final Map<String, Optional<FollowUp>> followUpReadings = new ConcurrentHashMap<>();
  private static final int MEMO = 4_096;

  public AnswerScale(ImportSettings settings) {
    ENGLISH.forEach((label, value) -> labels.put(key(label), value));
    settings.ratingLabels().forEach((label, value) -> labels.put(key(label), value));
    settings.ratingCodes().forEach((code, value) -> codes.put(key(code), value));
    NOT_APPLICABLE.forEach(word -> notApplicable.add(key(word)));
    settings.notApplicable().forEach(word -> notApplicable.add(key(word)));
    FOLLOW_UP_WORDINGS.forEach((label, level) -> followUps.put(followUpKey(label), level));
    settings.followUpLabels().forEach((label, level) -> followUps.put(followUpKey(label), level));
  }

  /** Reads a rating; {@code coded} when the file writes choice codes instead of the scale. */
  RatingText.Parsed rating(String raw, boolean coded) {
    String text = raw == null ? "" : raw;
    return remembered(coded ? codedRatings : ratings, text, t -> read(t, coded));
  }

  private RatingText.Parsed read(String raw, boolean coded) {
    String k = key(raw);
    if (notApplicable.contains(k)) {
      return new RatingText.Parsed(null, null);
    }
    if (coded && codes.containsKey(k)) {
      return new RatingText.Parsed(codes.get(k), null);
    }
    Integer labelled = labels.get(k);
    if (labelled != null) {
      return new RatingText.Parsed(labelled, null);
    }
    return RatingText.parse(raw);
  }

  /** The follow-up level for a programme label, a known wording, or the level's label or code. */
  Optional<FollowUp> followUp(String raw) {
    return remembered(
        followUpReadings,
        raw,
        text -> {
          FollowUp level = followUps.get(followUpKey(text));
          return level != null ? Optional.of(level) : FollowUp.parse(text);
        });
  }

  private static <T> T remembered(Map<String, T> memo, String text, Function<String, T> reading) {
    T known = memo.get(text);
    if (known != null) {
      return known;
    }
    T read = reading.apply(text);
    if (memo.size() < MEMO) {
      memo.put(text, read);
    }
    return read;
  }

  /** "follow-up" and "follow up" alike. */
  private static String followUpKey(String text) {
    return key(text.replace('-', ' '));
  }

  private static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace('\u2019', '\'')
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
