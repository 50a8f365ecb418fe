package org.habittrends.delivery;

import java.time.Duration;
import java.util.Optional;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.DataLoss;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The deliver step: e-mails each leader their latest report over SMTP (spring.mail.*), or with the
 * job parameter {@link #DRY_RUN} writes the messages as .eml files into {@link #OUTBOX}.
 */
@Configuration
public class DeliveryStepConfiguration {

  public static final String STEP_NAME = "deliverStep";

  /** Identifying job parameter: "true" writes .eml files instead of sending. */
  public static final String DRY_RUN = "dryRun";

  /** Bean name of the job listener that e-mails the coach an import summary. */
  public static final String COACH_SUMMARY = "coachSummary";

  /** Folder of the workspace that a dry run writes its messages into. */
  public static final String OUTBOX = "outbox";

  @Bean(name = STEP_NAME)
  Step deliverStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      JdbcTemplate jdbc,
      Programme programme,
      Workspace workspace,
      ObjectProvider<JavaMailSender> mailServer,
      @Value("${habit-trends.mail.from:habit-trends@localhost}") String from,
      @Value("${habit-trends.mail.attempts:3}") int attempts,
      @Value("${habit-trends.mail.retry-pause:2s}") Duration pause) {
    DeliveryTasklet tasklet =
        new DeliveryTasklet(
            workspace,
            new LatestReports(jdbc, programme),
            new DeliveryLog(jdbc, programme.id()),
            new DeliveryMessages(programme, from),
            Optional.ofNullable(mailServer.getIfAvailable()),
            new RetryingSender.Settings(attempts, pause));
    return new StepBuilder(STEP_NAME, jobRepository).tasklet(tasklet, transactionManager).build();
  }

  /**
   * The import summary for the coach, or a listener that does nothing when it is switched off or no
   * mail server or coach address is configured.
   */
  @Bean(name = COACH_SUMMARY)
  JobExecutionListener coachSummary(
      ObjectProvider<JavaMailSender> mailServer,
      Workspace workspace,
      Programme programme,
      @Value("${habit-trends.mail.coach-summary:false}") boolean enabled,
      @Value("${habit-trends.mail.from:habit-trends@localhost}") String from,
      @Value("${habit-trends.mail.coach:}") String coach,
      @Value("${" + DataLoss.MAX_REJECT_SHARE_PROPERTY + ":}") String configuredShare,
      ImportSettings importSettings,
      JdbcTemplate jdbc) {
    JavaMailSender sender = mailServer.getIfAvailable();
    if (!enabled || sender == null || coach.isBlank()) {
      return new JobExecutionListener() {};
    }
    // the setting, else programme.yml's import: max-reject-share:, else the default
    double maxRejectShare =
        !configuredShare.isBlank()
            ? Double.parseDouble(configuredShare.trim())
            : importSettings.maxRejectShare() != null
                ? importSettings.maxRejectShare()
                : DataLoss.DEFAULT_MAX_REJECT_SHARE;
    return new CoachSummary(sender, workspace, programme, from, coach, jdbc, maxRejectShare);
  }
}
