package org.habittrends.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.habittrends.domain.Programme;
import org.habittrends.incremental.ApplicationVersion;
import org.habittrends.incremental.Digest;
import org.habittrends.incremental.LeaderInputs;
import org.habittrends.incremental.ReportLedger;

/**
 * What the result tables are computed from, per leader: the leader's stored inputs, the programme
 * settings and the application version. While none changed and the published files are still the
 * ones written, the analyse step recomputes nothing.
 */
final class AnalysedInputs {

  private final LeaderInputs inputs;
  private final ReportLedger ledger;
  private final ApplicationVersion version;

  AnalysedInputs(LeaderInputs inputs, ReportLedger ledger, ApplicationVersion version) {
    this.inputs = inputs;
    this.ledger = ledger;
    this.version = version;
  }

  /** Each leader's analysis fingerprint, by leader id. */
  Map<String, String> current(Programme programme) {
    Map<String, String> fingerprints = new LinkedHashMap<>();
    inputs
        .all(programme.id())
        .forEach(
            (leader, digest) ->
                fingerprints.put(
                    leader, Digest.of("analysis", version.value(), programme, digest).hex()));
    return fingerprints;
  }

  /** The fingerprint of the whole results: of every published file. */
  static String ofResults(Map<String, String> fingerprints) {
    Digest digest = Digest.of("results");
    fingerprints.forEach((leader, fingerprint) -> digest.add(leader).add(fingerprint));
    return digest.hex();
  }

  /**
   * The leaders whose results must be recomputed: a changed or new fingerprint, or results stored
   * for a leader no longer in the roster.
   */
  Set<String> changed(Map<String, String> fingerprints) {
    Map<String, String> stored = ledger.analysed();
    Set<String> changed = new TreeSet<>(stored.keySet());
    changed.removeAll(fingerprints.keySet());
    fingerprints.forEach(
        (leader, fingerprint) -> {
          if (!fingerprint.equals(stored.get(leader))) {
            changed.add(leader);
          }
        });
    return changed;
  }

  boolean unchanged(Map<String, String> fingerprints, Iterable<ResultsPublisher> publishers) {
    if (!ledger.analysed().equals(fingerprints)) {
      return false;
    }
    String results = ofResults(fingerprints);
    for (ResultsPublisher publisher : publishers) {
      if (publisher.output() != null
          && !ledger.upToDate(key(publisher), ReportLedger.FULL, results)) {
        return false;
      }
    }
    return true;
  }

  /** Stores what the results were computed from; inside the analyse step's transaction. */
  void record(Map<String, String> fingerprints, Iterable<ResultsPublisher> publishers) {
    ledger.analysed(fingerprints);
    String results = ofResults(fingerprints);
    for (ResultsPublisher publisher : publishers) {
      if (publisher.output() != null) {
        ledger.record(key(publisher), ReportLedger.FULL, publisher.output(), results);
      }
    }
  }

  private static String key(ResultsPublisher publisher) {
    return publisher.output().getFileName().toString();
  }
}
