package org.habittrends.delivery;

import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For {@code status}: leaders whose latest report has not reached the mail server yet (pending),
 * and of those, how many failed last time (failed, with the reason in delivery_log).
 */
public record DeliveryStatus(int pending, int failed) {

  public static DeliveryStatus of(JdbcTemplate jdbc, Workspace workspace, Programme programme) {
    DeliveryLog log = new DeliveryLog(jdbc, programme.id());
    int pending = 0;
    int failed = 0;
    for (Deliverable report : new LatestReports(jdbc, programme).find(workspace.reports())) {
      var status = log.status(report.leaderId(), report.sha256());
      if (status.filter(DeliveryLog.SENT::equals).isEmpty()) {
        pending++;
        failed += status.filter(DeliveryLog.FAILED::equals).isPresent() ? 1 : 0;
      }
    }
    return new DeliveryStatus(pending, failed);
  }
}
