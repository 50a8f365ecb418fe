package org.habittrends.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.habittrends.domain.Programme;
import org.habittrends.incremental.ApplicationVersion;
import org.habittrends.incremental.Digest;
import org.habittrends.incremental.LeaderInputs;
import org.habittrends.incremental.ReportLedger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fingerprint of each report's inputs. A leader's report reads the leader's stored inputs and
 * the results computed from them, so its fingerprint covers those inputs, the inputs the results
 * were computed from (a report written between an import and the analysis is written again once the
 * analysis catches up), the programme settings (programme.yml: names, waves, anonymity, language),
 * the "as of" wave and the application version. The cohort report's covers every leader's and the
 * import ledger.
 */
final class ReportFingerprints {

  private final JdbcTemplate jdbc;
  private final Programme programme;
  private final LeaderInputs inputs;
  private final ReportLedger ledger;
  private final ApplicationVersion version;

  ReportFingerprints(
      JdbcTemplate jdbc,
      Programme programme,
      LeaderInputs inputs,
      ReportLedger ledger,
      ApplicationVersion version) {
    this.jdbc = jdbc;
    this.programme = programme;
    this.inputs = inputs;
    this.ledger = ledger;
    this.version = version;
  }

  ReportLedger ledger() {
    return ledger;
  }

  /** The leaders' report fingerprints, from {@code first} to {@code last} inclusive. */
  Map<String, String> leaders(String first, String last, int asOf) {
    return leaders(inputs.range(programme.id(), first, last), asOf);
  }

  private Map<String, String> leaders(Map<String, String> digests, int asOf) {
    Map<String, String> analysed = ledger.analysed();
    Map<String, String> fingerprints = new LinkedHashMap<>();
    digests.forEach(
        (leader, digest) ->
            fingerprints.put(
                leader,
                Digest.of(
                        "leader report",
                        version.value(),
                        programme,
                        asOf,
                        digest,
                        analysed.get(leader))
                    .hex()));
    return fingerprints;
  }

  /** Every leader's input digest: read once for both cohort reports of a run. */
  Map<String, String> allInputs() {
    return inputs.all(programme.id());
  }

  String cohort(Map<String, String> allInputs, int asOf) {
    Digest digest = Digest.of("cohort report", version.value(), programme, asOf);
    leaders(allInputs, asOf).forEach((leader, f) -> digest.add(leader).add(f));
    jdbc.query(
        "select * from imported_file where programme_id = ? order by id",
        rs -> {
          for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            digest.add(rs.getString(column));
          }
        },
        programme.id());
    return digest.hex();
  }

  /** The ledger's key for "as of" wave {@code asOf}. */
  static int ledgerWave(int asOf) {
    return asOf == LeaderReportQueries.ALL_WAVES ? ReportLedger.FULL : asOf;
  }
}
