package org.habittrends.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.habittrends.delivery.DeliveryStatus;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.DataLoss;
import org.habittrends.ingest.ImportStepConfiguration;
import org.habittrends.job.JobNames;
import org.habittrends.roster.ProgrammeSettings;
import org.habittrends.roster.RosterConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code status}: recent runs from the job repository (counts summed over the steps after the
 * roster), what lies in the workspace folders, and reports not yet delivered; as text, or with
 * {@code --json} as one JSON object.
 */
final class Status {

  /** Executions shown per job. */
  private static final int RECENT = 5;

  private static final List<String> JOBS =
      List.of(JobNames.RUN, JobNames.IMPORT, JobNames.ANALYSE, JobNames.REPORT, JobNames.DELIVER);

  private final PrintStream out;
  private final PrintStream err;

  Status(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Reads the job repository in a context with only the database in it: no job, step or renderer is
   * needed, and the programme comes from the programme.yml the command line has just read (the
   * roster is not needed either).
   */
  ExitCode show(
      Workspace workspace,
      ProgrammeSettings settings,
      List<String> springProperties,
      boolean json) {
    StatusReport report;
    try (ConfigurableApplicationContext context =
        SpringContexts.startDatabaseOnly(workspace, springProperties)) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      Programme programme = settings.programme();
      DeliveryStatus delivery = DeliveryStatus.of(jdbc, workspace, programme);
      List<Path> rejected = Inbox.files(workspace.rejected());
      report =
          new StatusReport(
              workspace.root().toString(),
              programme.id(),
              runs(jdbc, programme.id()),
              Inbox.waitingFiles(workspace).size(),
              (int) rejected.stream().filter(Status::refusedFile).count(),
              (int) rejected.stream().filter(p -> name(p).endsWith(".rejects.csv")).count(),
              imports(jdbc, programme.id()),
              Inbox.files(workspace.reports()).stream()
                  .filter(p -> p.getFileName().toString().endsWith(".pdf"))
                  .count(),
              new StatusReport.Deliveries(delivery.pending(), delivery.failed()),
              dataLost(
                  jdbc,
                  programme.id(),
                  PipelineRun.maxRejectShare(context.getEnvironment(), settings.importSettings())));
    } catch (RuntimeException e) {
      if (SpringContexts.isDatabaseInUse(e)) {
        err.println(
            "habit-trends: the workspace database is in use by a running habit-trends process;"
                + " try again when it has finished");
        return ExitCode.ANOTHER_RUN;
      }
      err.println("habit-trends: cannot read the job repository: " + SpringContexts.rootMessage(e));
      return SpringContexts.isDatabaseFailure(e)
          ? ExitCode.DATABASE_UNAVAILABLE
          : ExitCode.INTERNAL_ERROR;
    }
    if (json) {
      out.println(
          JsonMapper.builder()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build()
              .writeValueAsString(report));
    } else {
      print(report);
    }
    return ExitCode.OK;
  }

  private void print(StatusReport report) {
    out.println("Workspace " + report.workspace() + " (programme " + report.programme() + ")");
    out.println();
    out.println("Recent runs:");
    if (report.recentRuns().isEmpty()) {
      out.println("  none yet");
    } else {
      String format = "  %-6s %-11s %-10s %-19s %9s %8s %8s %8s%n";
      out.printf(format, "id", "job", "status", "started", "took", "read", "written", "skipped");
      for (StatusReport.Run run : report.recentRuns()) {
        out.printf(
            format,
            run.id(),
            run.job(),
            run.status(),
            run.started() == null ? "-" : run.started().replace('T', ' '),
            run.durationSeconds() == null ? "-" : String.format("%.1f s", run.durationSeconds()),
            run.read(),
            run.written(),
            run.skipped());
      }
    }
    out.println();
    out.printf("Waiting in inbox/:   %d file(s)%n", report.inboxFiles());
    out.printf(
        "In rejected/:        %d file(s) not imported (see NAME.reason.txt), %d list(s) of"
            + " rejected rows%n",
        report.rejectedFiles(), report.rejectLists());
    StatusReport.Imports imports = report.imports();
    out.printf(
        "Imported:            %d file(s), %d row(s): %d answer(s) stored, %d replaced by a later"
            + " file; %d row(s) rejected%n",
        imports.files(),
        imports.imported(),
        imports.stored(),
        imports.replaced(),
        imports.rejected());
    out.printf("Reports in reports/: %d PDF(s)%n", report.reports());
    out.printf(
        "Deliveries pending:  %d leader(s)%s%n",
        report.deliveries().pending(),
        report.deliveries().failed() == 0
            ? ""
            : ", " + report.deliveries().failed() + " failed last time (see delivery_log)");
    if (!report.dataLost().isEmpty()) {
      out.println();
      out.println("DATA LOST in the last import (exit code 8):");
      report.dataLost().forEach(file -> out.println("  " + file));
    }
  }

  /**
   * The files of the last import that took files (the newest import step that started before the
   * newest ledger row) that lost data; an import that found nothing new does not hide them.
   */
  private static List<String> dataLost(JdbcTemplate jdbc, String programme, double maxShare) {
    Timestamp since =
        jdbc.queryForObject(
            "select max(s.start_time) from batch_step_execution s"
                + " where s.step_name = ? and s.start_time <= (select max(f.imported_at)"
                + " from imported_file f where f.programme_id = ?)"
                + " and exists (select 1 from batch_job_execution_params p"
                + " where p.job_execution_id = s.job_execution_id and p.parameter_name = ?"
                + " and p.parameter_value = ?)",
            Timestamp.class,
            ImportStepConfiguration.STEP_NAME,
            programme,
            JobNames.PROGRAMME,
            programme);
    if (since == null) {
      return List.of();
    }
    return DataLoss.lost(DataLoss.filesSince(jdbc, programme, since.toLocalDateTime()), maxShare)
        .stream()
        .map(DataLoss.FileCounts::describe)
        .toList();
  }

  /** A file refused as a whole; not its .reason.txt, and not a reject list of an imported file. */
  private static boolean refusedFile(Path file) {
    String name = name(file);
    return !name.endsWith(".reason.txt")
        && !name.endsWith(".rejects.csv")
        && !name.endsWith(".rejects.xlsx");
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  /**
   * The import ledger with each file's answers replaced since: those it imported that
   * survey_response no longer holds under its id.
   */
  private static StatusReport.Imports imports(JdbcTemplate jdbc, String programme) {
    List<StatusReport.File> files =
        jdbc.query(
            "select f.file_name, f.status, f.rows_imported, f.rows_rejected, coalesce(s.stored, 0)"
                + " from imported_file f left join (select file_id, count(*) as stored"
                + " from survey_response group by file_id) s on s.file_id = f.id"
                + " where f.programme_id = ? order by f.file_name, f.id",
            (rs, i) ->
                new StatusReport.File(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    Math.max(0, rs.getInt(3) - rs.getInt(5)),
                    rs.getInt(4)),
            programme);
    long imported = files.stream().mapToLong(StatusReport.File::imported).sum();
    long replaced = files.stream().mapToLong(StatusReport.File::replaced).sum();
    return new StatusReport.Imports(
        (int) files.stream().filter(f -> "IMPORTED".equals(f.status())).count(),
        imported,
        replaced,
        imported - replaced,
        files.stream().mapToLong(StatusReport.File::rejected).sum(),
        files);
  }

  /** The last few executions of each job for this programme, newest first. */
  private static List<StatusReport.Run> runs(JdbcTemplate jdbc, String programme) {
    List<StatusReport.Run> runs = new java.util.ArrayList<>();
    for (String job : JOBS) {
      runs.addAll(runs(jdbc, job, programme));
    }
    runs.sort(java.util.Comparator.comparingLong(StatusReport.Run::id).reversed());
    return runs;
  }

  private static List<StatusReport.Run> runs(JdbcTemplate jdbc, String job, String programme) {
    return jdbc.query(
        "select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time,"
            + " coalesce(sum(s.read_count), 0) as read_count,"
            + " coalesce(sum(s.write_count), 0) as write_count,"
            + " coalesce(sum(s.filter_count + s.read_skip_count + s.write_skip_count"
            + " + s.process_skip_count), 0) as skip_count"
            + " from batch_job_execution e"
            + " join batch_job_instance i on i.job_instance_id = e.job_instance_id"
            // the roster step's counts (leaders + stakeholders loaded) would drown the rest
            + " left join batch_step_execution s on s.job_execution_id = e.job_execution_id"
            + " and s.step_name <> ?"
            + " where i.job_name = ? and exists (select 1 from batch_job_execution_params p"
            + " where p.job_execution_id = e.job_execution_id and p.parameter_name = ?"
            + " and p.parameter_value = ?)"
            + " group by e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time"
            + " order by e.job_execution_id desc"
            + " limit "
            + RECENT,
        (rs, i) -> {
          Timestamp start = rs.getTimestamp("start_time");
          Timestamp end = rs.getTimestamp("end_time");
          return new StatusReport.Run(
              rs.getLong("job_execution_id"),
              rs.getString("job_name"),
              rs.getString("status"),
              start == null ? null : start.toLocalDateTime().withNano(0).toString(),
              start == null || end == null
                  ? null
                  : Duration.between(start.toInstant(), end.toInstant()).toMillis() / 1000.0,
              rs.getLong("read_count"),
              rs.getLong("write_count"),
              rs.getLong("skip_count"));
        },
        RosterConfiguration.STEP_NAME,
        job,
        JobNames.PROGRAMME,
        programme);
  }
}
