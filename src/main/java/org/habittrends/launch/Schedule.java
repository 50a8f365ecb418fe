package org.habittrends.launch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.habittrends.domain.Workspace;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code schedule}: for installations without cron, runs the whole pipeline in this process at the
 * times of a cron expression, each time as a fresh run with a fresh application context (so a
 * changed programme.yml or roster is seen). Ctrl-C while waiting ends at once; during a run, the
 * run is stopped at the end of its current chunk (see {@link GracefulStop}) and resumes next time.
 */
final class Schedule {

  private final PrintStream out;
  private final PrintStream err;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicBoolean waiting = new AtomicBoolean();
  private final CountDownLatch ended = new CountDownLatch(1);

  Schedule(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** The expression, or null (with a message) when Spring's CronExpression cannot read it. */
  CronExpression parse(String cron) {
    try {
      return CronExpression.parse(cron);
    } catch (IllegalArgumentException e) {
      err.println(
          "habit-trends: --cron \""
              + cron
              + "\" is not a cron expression: "
              + e.getMessage()
              + " (six fields: second minute hour day-of-month month day-of-week,"
              + " e.g. \"0 15 2 * * *\")");
      return null;
    }
  }

  ExitCode run(Workspace workspace, CronExpression cron, List<String> springProperties) {
    Thread scheduler = Thread.currentThread();
    Thread hook =
        new Thread(
            () -> {
              stopping.set(true);
              if (waiting.get()) {
                scheduler.interrupt();
              }
              awaitEnd();
            },
            "schedule-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return loop(workspace, cron, springProperties);
    } finally {
      ended.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it sees the latch released
      }
    }
  }

  private ExitCode loop(Workspace workspace, CronExpression cron, List<String> springProperties) {
    LocalDateTime previous = LocalDateTime.now();
    while (!stopping.get()) {
      // never before the time just served: a sleep that wakes a little early must not run twice
      LocalDateTime now = LocalDateTime.now();
      LocalDateTime next = cron.next(now.isAfter(previous) ? now : previous);
      if (next == null) {
        out.println("The cron expression names no further time; stopping.");
        return ExitCode.OK;
      }
      out.println("Next run at " + next.withNano(0) + " (Ctrl-C stops)");
      if (!sleepUntil(next)) {
        break;
      }
      previous = next;
      out.println("Scheduled run starting at " + LocalDateTime.now().withNano(0));
      ExitCode code = new PipelineRun(out, err).run(Command.RUN, workspace, springProperties);
      out.println(
          "Scheduled run ended with exit code " + code.code() + " (" + code.meaning() + ")");
    }
    out.println("Schedule stopped.");
    return ExitCode.OK;
  }

  /** False when stopped while waiting. */
  private boolean sleepUntil(LocalDateTime next) {
    waiting.set(true);
    try {
      Duration wait = Duration.between(LocalDateTime.now(), next);
      while (!wait.isNegative() && !wait.isZero() && !stopping.get()) {
        Thread.sleep(Math.max(1, wait.toMillis()));
        wait = Duration.between(LocalDateTime.now(), next);
      }
      return !stopping.get();
    } catch (InterruptedException e) {
      return false;
    } finally {
      waiting.set(false);
      Thread.interrupted();
    }
  }

  private void awaitEnd() {
    try {
      ended.await(150, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
