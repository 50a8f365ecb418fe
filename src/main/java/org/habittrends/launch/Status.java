package org.habittrends.launch;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.habittrends.domain.Workspace;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code status}: recent runs from the job repository and what lies in the workspace folders. */
final class Status {

  private static final int RECENT = 10;

  private final PrintStream out;
  private final PrintStream err;

  Status(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  ExitCode show(Workspace workspace, List<String> springProperties) {
    try (ConfigurableApplicationContext context =
        SpringContexts.start(workspace, springProperties)) {
      out.println("Workspace " + workspace.root());
      out.println();
      out.println("Recent runs:");
      printRuns(context.getBean(JdbcTemplate.class));
    } catch (RuntimeException e) {
      err.println("habit-trends: cannot read the job repository: " + SpringContexts.rootMessage(e));
      return SpringContexts.isDatabaseFailure(e)
          ? ExitCode.DATABASE_UNAVAILABLE
          : ExitCode.INTERNAL_ERROR;
    }
    out.println();
    out.printf("Waiting in inbox/:   %d file(s)%n", Inbox.waitingFiles(workspace).size());
    out.printf("In rejected/:        %d file(s)%n", Inbox.files(workspace.rejected()).size());
    out.printf(
        "Reports in reports/: %d PDF(s)%n",
        Inbox.files(workspace.reports()).stream()
            .filter(p -> p.getFileName().toString().endsWith(".pdf"))
            .count());
    return ExitCode.OK;
  }

  private void printRuns(JdbcTemplate jdbc) {
    var rows =
        jdbc.queryForList(
            "select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time,"
                + " coalesce(sum(s.read_count), 0) as read_count,"
                + " coalesce(sum(s.write_count), 0) as write_count,"
                + " coalesce(sum(s.filter_count + s.read_skip_count + s.write_skip_count"
                + " + s.process_skip_count), 0) as skip_count"
                + " from batch_job_execution e"
                + " join batch_job_instance i on i.job_instance_id = e.job_instance_id"
                + " left join batch_step_execution s on s.job_execution_id = e.job_execution_id"
                + " group by e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time"
                + " order by e.job_execution_id desc"
                + " limit "
                + RECENT);
    if (rows.isEmpty()) {
      out.println("  none yet");
      return;
    }
    out.printf(
        "  %-6s %-11s %-10s %-19s %9s %8s %8s %8s%n",
        "id", "job", "status", "started", "took", "read", "written", "skipped");
    for (var row : rows) {
      Timestamp start = (Timestamp) row.get("start_time");
      Timestamp end = (Timestamp) row.get("end_time");
      String took =
          start == null || end == null
              ? "-"
              : PipelineRun.seconds(Duration.between(start.toInstant(), end.toInstant()));
      out.printf(
          "  %-6s %-11s %-10s %-19s %9s %8s %8s %8s%n",
          row.get("job_execution_id"),
          row.get("job_name"),
          row.get("status"),
          start == null ? "-" : start.toLocalDateTime().withNano(0).toString().replace('T', ' '),
          took,
          row.get("read_count"),
          row.get("write_count"),
          row.get("skip_count"));
    }
  }
}
