package org.habittrends.report;

import java.nio.file.Path;

/**
 * A report rendered to its temporary file, waiting to be moved to its final name; {@code
 * fingerprint} (null: not recorded) is what it was rendered from, kept under {@code ledgerWave}.
 */
record RenderedReport(
    String leaderId,
    String leaderName,
    Path temporary,
    Path target,
    String fingerprint,
    int ledgerWave) {

  RenderedReport withFingerprint(String fingerprint, int ledgerWave) {
    return new RenderedReport(leaderId, leaderName, temporary, target, fingerprint, ledgerWave);
  }
}
