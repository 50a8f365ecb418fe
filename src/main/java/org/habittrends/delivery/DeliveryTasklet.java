package org.habittrends.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.habittrends.delivery.RetryingSender.DeliveryException;
import org.habittrends.domain.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Delivers one leader's latest report per call, so each delivery is recorded in its own
 * transaction. Counts: written = sent (or written to outbox/ in a dry run), filtered = delivered
 * before, process-skipped = could not be delivered (recorded in delivery_log with the reason). A
 * transient failure that outlasts the retries fails the step: the rerun resumes, and reports
 * already sent are not sent again.
 */
final class DeliveryTasklet implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(DeliveryTasklet.class);

  private final Workspace workspace;
  private final LatestReports reports;
  private final DeliveryLog deliveryLog;
  private final DeliveryMessages messages;
  private final Optional<JavaMailSender> mailServer;
  private final JavaMailSender composer;
  private final RetryingSender.Settings retry;
  private final Deque<Deliverable> queue = new ArrayDeque<>();
  private Long stepExecutionId;

  DeliveryTasklet(
      Workspace workspace,
      LatestReports reports,
      DeliveryLog deliveryLog,
      DeliveryMessages messages,
      Optional<JavaMailSender> mailServer,
      RetryingSender.Settings retry) {
    this.workspace = workspace;
    this.reports = reports;
    this.deliveryLog = deliveryLog;
    this.messages = messages;
    this.mailServer = mailServer;
    this.composer = mailServer.orElseGet(org.springframework.mail.javamail.JavaMailSenderImpl::new);
    this.retry = retry;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext context)
      throws IOException, MessagingException {
    boolean dryRun =
        "true"
            .equals(
                contribution
                    .getStepExecution()
                    .getJobParameters()
                    .getString(DeliveryStepConfiguration.DRY_RUN));
    Long execution = contribution.getStepExecution().getId();
    if (!execution.equals(stepExecutionId)) {
      stepExecutionId = execution;
      queue.clear();
      queue.addAll(reports.find(workspace.reports()));
      if (!dryRun && mailServer.isEmpty() && !queue.isEmpty()) {
        throw new IllegalStateException(
            "no mail server configured: set spring.mail.host (SPRING_MAIL_HOST), spring.mail.port"
                + " and habit-trends.mail.from, or use --dry-run");
      }
    }
    Deliverable next = queue.poll();
    if (next == null) {
      return RepeatStatus.FINISHED;
    }
    deliver(next, dryRun, contribution);
    return RepeatStatus.CONTINUABLE;
  }

  private void deliver(Deliverable report, boolean dryRun, StepContribution contribution)
      throws IOException, MessagingException {
    String file = report.report().getFileName().toString();
    if (deliveryLog
        .status(report.leaderId(), report.sha256())
        .filter(DeliveryLog.SENT::equals)
        .isPresent()) {
      log.info("{}: {} was delivered before; not sent again", report.leaderId(), file);
      contribution.incrementFilterCount(1);
      return;
    }
    if (report.email() == null || report.email().isBlank()) {
      fail(report, 0, "no e-mail address for this leader in roster.xlsx", dryRun, contribution);
      return;
    }
    MimeMessage message;
    try {
      message = messages.compose(composer, report);
    } catch (MessagingException e) {
      fail(
          report,
          0,
          "cannot address the message: " + RetryingSender.reason(e),
          dryRun,
          contribution);
      return;
    }
    if (dryRun) {
      Path eml = writeToOutbox(message, report);
      log.info(
          "{}: dry run, message to {} written to {}",
          report.leaderId(),
          report.email(),
          workspace.root().relativize(eml));
      contribution.incrementWriteCount(1);
      return;
    }
    try {
      int attempts =
          new RetryingSender(mailServer.orElseThrow(), retry).send(message, report.leaderId());
      deliveryLog.record(report, DeliveryLog.SENT, attempts, null);
      log.info("{}: {} sent to {}", report.leaderId(), file, report.email());
      contribution.incrementWriteCount(1);
    } catch (DeliveryException e) {
      if (e.kind() == SmtpFailure.TRANSIENT) {
        throw new IllegalStateException(
            "the mail server did not accept the report for "
                + report.leaderId()
                + " after "
                + e.attempts()
                + " attempt(s): "
                + e.getMessage(),
            e);
      }
      fail(report, e.attempts(), e.getMessage(), false, contribution);
    }
  }

  private void fail(
      Deliverable report,
      int attempts,
      String reason,
      boolean dryRun,
      StepContribution contribution) {
    log.warn("{}: report not delivered: {}", report.leaderId(), reason);
    if (!dryRun) {
      deliveryLog.record(report, DeliveryLog.FAILED, attempts, reason);
    }
    contribution.incrementProcessSkipCount(1);
  }

  private Path writeToOutbox(MimeMessage message, Deliverable report)
      throws IOException, MessagingException {
    Path outbox = workspace.root().resolve(DeliveryStepConfiguration.OUTBOX);
    Files.createDirectories(outbox);
    String name = report.report().getFileName().toString().replaceFirst("\\.pdf$", "") + ".eml";
    Path eml = outbox.resolve(name);
    try (OutputStream out = Files.newOutputStream(eml)) {
      message.writeTo(out);
    }
    return eml;
  }
}
