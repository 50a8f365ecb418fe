package org.habittrends.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.DataLoss;
import org.habittrends.ingest.ImportStepConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * After a job that imported files, e-mails the coach what happened: files and rows imported, rows
 * rejected, and which reject reports in rejected/ are new. Sent only when {@code
 * habit-trends.mail.coach-summary=true} and {@code habit-trends.mail.coach} names an address; a
 * failure to send is logged and never fails the run.
 */
final class CoachSummary implements JobExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(CoachSummary.class);

  private final JavaMailSender mailServer;
  private final Workspace workspace;
  private final Programme programme;
  private final String from;
  private final String coach;
  private final JdbcTemplate jdbc;
  private final double maxRejectShare;

  CoachSummary(
      JavaMailSender mailServer,
      Workspace workspace,
      Programme programme,
      String from,
      String coach,
      JdbcTemplate jdbc,
      double maxRejectShare) {
    this.mailServer = mailServer;
    this.workspace = workspace;
    this.programme = programme;
    this.from = from;
    this.coach = coach;
    this.jdbc = jdbc;
    this.maxRejectShare = maxRejectShare;
  }

  @Override
  public void afterJob(JobExecution execution) {
    StepExecution imported =
        execution.getStepExecutions().stream()
            .filter(s -> s.getStepName().equals(ImportStepConfiguration.STEP_NAME))
            .findFirst()
            .orElse(null);
    if (imported == null || imported.getCommitCount() <= 1) {
      return; // no import step in this job, or nothing was in inbox/
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(coach);
    List<DataLoss.FileCounts> lost =
        imported.getStartTime() == null
            ? List.of()
            : DataLoss.lost(
                DataLoss.filesSince(jdbc, programme.id(), imported.getStartTime()), maxRejectShare);
    message.setSubject(
        "habit-trends import for "
            + programme.name()
            + ": "
            + execution.getStatus()
            + (lost.isEmpty() ? "" : ", DATA LOST in " + lost.size() + " file(s)"));
    message.setText(text(execution, imported, lost));
    try {
      mailServer.send(message);
      log.info("Import summary e-mailed to the coach ({})", coach);
    } catch (MailException e) {
      log.warn("Could not e-mail the import summary to {}: {}", coach, e.getMessage());
    }
  }

  private String text(
      JobExecution execution, StepExecution imported, List<DataLoss.FileCounts> lost) {
    List<String> reports = newRejectReports(execution);
    StringBuilder text = new StringBuilder();
    text.append("Programme: ")
        .append(programme.name())
        .append(" (")
        .append(programme.id())
        .append(")\n");
    text.append("Run ")
        .append(execution.getId())
        .append(": ")
        .append(execution.getStatus())
        .append("\n\n");
    text.append("Files taken from inbox/: ").append(imported.getCommitCount() - 1).append('\n');
    text.append("Rows read: ").append(imported.getReadCount()).append('\n');
    text.append("Rows imported: ").append(imported.getWriteCount()).append('\n');
    text.append("Rows rejected: ")
        .append(imported.getSkipCount() + imported.getFilterCount())
        .append('\n');
    text.append('\n');
    if (!lost.isEmpty()) {
      text.append(DataLoss.headline(lost.size(), maxRejectShare)).append(":\n");
      lost.forEach(file -> text.append("  ").append(file.describe()).append('\n'));
      text.append(
          "The reports were written from the rows that were imported. Correct the mapping in"
              + " programme.yml or the file, check it with 'check --workspace DIR', and drop it"
              + " into inbox/ again.\n\n");
    }
    if (reports.isEmpty()) {
      text.append("No new reject reports.\n");
    } else {
      text.append("Reject reports in ").append(workspace.rejected()).append(":\n");
      reports.forEach(name -> text.append("  ").append(name).append('\n'));
    }
    return text.toString();
  }

  /** Reject reports and reasons written since the job started. */
  private List<String> newRejectReports(JobExecution execution) {
    if (execution.getStartTime() == null || !Files.isDirectory(workspace.rejected())) {
      return List.of();
    }
    long since = execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    try (Stream<Path> files = Files.list(workspace.rejected())) {
      return files
          .filter(p -> p.toFile().lastModified() >= since - 1000)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".rejects.csv") || n.endsWith(".reason.txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
