package org.habittrends.launch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ctrl-C (SIGINT/SIGTERM) while a job runs: asks the job to stop at the end of its current chunk,
 * so it ends STOPPED with its progress saved, and holds the JVM until then. Running the same
 * command again resumes it. (A kill -9 cannot be caught; that run is recovered on the next start.)
 */
final class GracefulStop implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
  private static final long WAIT_SECONDS = 120;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  GracefulStop(ConfigurableApplicationContext context, String jobName) {
    this.hook = new Thread(() -> stop(context, jobName), "graceful-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private void stop(ConfigurableApplicationContext context, String jobName) {
    try {
      JobOperator operator = context.getBean(JobOperator.class);
      for (JobExecution running :
          context.getBean(JobRepository.class).findRunningJobExecutions(jobName)) {
        log.warn(
            "Stopping run {} at the end of its current chunk; run the same command again to"
                + " resume it",
            running.getId());
        operator.stop(running);
      }
      if (!finished.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.warn("The run did not stop within {} s; it will be recovered next time", WAIT_SECONDS);
      }
    } catch (Exception e) {
      log.warn("Could not stop the run cleanly: {}", e.toString());
    }
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run; it sees the latch released
    }
  }
}
