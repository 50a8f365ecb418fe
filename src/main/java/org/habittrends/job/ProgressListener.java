package org.habittrends.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Reports the progress of long steps while a job runs: a log line every {@code interval}, and in an
 * interactive terminal a progress bar redrawn every second. A reporter thread reads the counts the
 * running step keeps in its StepExecution, so the steps themselves need no extra code.
 */
final class ProgressListener implements JobExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
  private static final Duration BAR_REFRESH = Duration.ofSeconds(1);

  private final Map<String, ProgressEstimate> estimates;
  private final Duration interval;
  private final PrintStream terminal;
  private final Map<Long, ScheduledExecutorService> reporters = new ConcurrentHashMap<>();
  private final Map<Long, Long> totals = new ConcurrentHashMap<>();
  private final Map<Long, LocalDateTime> lastLogged = new ConcurrentHashMap<>();

  /** {@code terminal} is null when no progress bar should be drawn (not an interactive console). */
  ProgressListener(List<ProgressEstimate> estimates, Duration interval, PrintStream terminal) {
    this.estimates =
        estimates.stream()
            .collect(java.util.stream.Collectors.toMap(ProgressEstimate::stepName, e -> e));
    this.interval = interval;
    this.terminal = terminal;
  }

  @Override
  public void beforeJob(JobExecution jobExecution) {
    ScheduledExecutorService reporter =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "progress-" + jobExecution.getId());
              thread.setDaemon(true);
              return thread;
            });
    Duration tick = terminal == null ? interval : BAR_REFRESH;
    reporter.scheduleAtFixedRate(
        () -> report(jobExecution), tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    reporters.put(jobExecution.getId(), reporter);
  }

  @Override
  public void afterJob(JobExecution jobExecution) {
    ScheduledExecutorService reporter = reporters.remove(jobExecution.getId());
    if (reporter != null) {
      reporter.shutdownNow();
    }
    for (StepExecution step : jobExecution.getStepExecutions()) {
      totals.remove(step.getId());
      lastLogged.remove(step.getId());
    }
    if (terminal != null) {
      terminal.print("\r" + " ".repeat(100) + "\r");
      terminal.flush();
    }
  }

  private void report(JobExecution jobExecution) {
    try {
      for (StepExecution step : jobExecution.getStepExecutions()) {
        ProgressEstimate estimate = estimates.get(step.getStepName());
        if (estimate != null && step.getStatus() == BatchStatus.STARTED) {
          report(step, estimate);
        }
      }
    } catch (RuntimeException e) {
      // Progress is a courtesy: a failure here must never disturb the run.
      log.debug("progress report failed", e);
    }
  }

  private void report(StepExecution step, ProgressEstimate estimate) {
    long total = totals.computeIfAbsent(step.getId(), id -> estimate.total().applyAsLong(step));
    LocalDateTime now = LocalDateTime.now();
    LocalDateTime started = step.getStartTime() == null ? now : step.getStartTime();
    Progress progress =
        new Progress(
            step.getStepName(),
            estimate.unit(),
            estimate.done().applyAsLong(step),
            total,
            Duration.between(started, now));
    LocalDateTime last = lastLogged.getOrDefault(step.getId(), started);
    if (!Duration.between(last, now).minus(interval).isNegative()) {
      lastLogged.put(step.getId(), now);
      if (terminal != null) {
        terminal.print("\r" + " ".repeat(100) + "\r");
      }
      log.info("Progress {}", progress.line());
    }
    if (terminal != null) {
      terminal.print("\r" + progress.bar());
      terminal.flush();
    }
  }
}
