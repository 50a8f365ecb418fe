package org.habittrends.report;

import java.io.IOException;
import java.nio.file.Files;
import org.habittrends.incremental.ReportLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Moves rendered reports to their final names and records what each was rendered from (in the
 * chunk's transaction): the workers' writer, stateless, so shared.
 */
class ReportPublisher implements ItemWriter<RenderedReport> {

  private static final Logger log = LoggerFactory.getLogger(ReportPublisher.class);

  private final ReportLedger ledger;

  ReportPublisher(ReportLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void write(Chunk<? extends RenderedReport> reports) throws IOException {
    try {
      for (RenderedReport report : reports) {
        Files.move(
            report.temporary(),
            report.target(),
            java.nio.file.StandardCopyOption.ATOMIC_MOVE,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (report.fingerprint() != null) {
          ledger.record(
              report.leaderId(), report.ledgerWave(), report.target(), report.fingerprint());
        }
        log.info(
            "Report for {} ({}) written: {} ({} bytes)",
            report.leaderId(),
            report.leaderName(),
            report.target().getFileName(),
            Files.size(report.target()));
      }
    } finally {
      // A failed chunk is rendered again on restart; its temporary files must not linger.
      for (RenderedReport report : reports) {
        Files.deleteIfExists(report.temporary());
      }
    }
  }
}
