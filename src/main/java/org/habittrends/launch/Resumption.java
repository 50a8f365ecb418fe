package org.habittrends.launch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.habittrends.job.JobNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts a job, or resumes the run it left unfinished. A run is one job instance, keyed by
 * workspace, programme and {@link JobNames#REQUESTED_AT} (plus any further identifying parameters,
 * such as a dry run): when the last execution with the same workspace and programme ended FAILED or
 * STOPPED, the same command restarts it, and completed steps are not repeated. An execution still
 * marked as running is stale (a killed process), because the caller holds the run lock: it is
 * recovered first, then restarted. Only a completed or abandoned run lets a new one begin.
 */
final class Resumption {

  private static final Logger log = LoggerFactory.getLogger(Resumption.class);

  private final JobOperator operator;
  private final JobRepository repository;
  private final JdbcTemplate jdbc;

  Resumption(JobOperator operator, JobRepository repository, JdbcTemplate jdbc) {
    this.operator = operator;
    this.repository = repository;
    this.jdbc = jdbc;
  }

  /** {@code key} holds the identifying parameters other than REQUESTED_AT. */
  JobExecution startOrResume(Job job, Map<String, String> key) throws Exception {
    Long last = lastExecution(job.getName(), key);
    JobExecution previous = last == null ? null : repository.getJobExecution(last);
    if (previous != null && previous.getStatus().isRunning()) {
      log.warn(
          "Run {} of {} is marked {} but no process holds the run lock: it was killed;"
              + " recovering it",
          previous.getId(),
          job.getName(),
          previous.getStatus());
      previous = operator.recover(previous);
    }
    if (previous != null
        && (previous.getStatus() == BatchStatus.FAILED
            || previous.getStatus() == BatchStatus.STOPPED)) {
      log.info(
          "Resuming run {} of {} (it ended {} on {}); completed steps are not repeated",
          previous.getId(),
          job.getName(),
          previous.getStatus(),
          previous.getEndTime());
      return operator.restart(previous);
    }
    JobParametersBuilder parameters = new JobParametersBuilder();
    key.forEach(parameters::addString);
    parameters.addString(JobNames.REQUESTED_AT, Instant.now().toString());
    JobParameters fresh = parameters.toJobParameters();
    return operator.start(job, fresh);
  }

  /** The newest execution of this job whose identifying parameters include all of {@code key}. */
  Long lastExecution(String jobName, Map<String, String> key) {
    StringBuilder sql =
        new StringBuilder(
            "select max(e.job_execution_id) from batch_job_execution e"
                + " join batch_job_instance i on i.job_instance_id = e.job_instance_id"
                + " where i.job_name = ?");
    List<Object> arguments = new java.util.ArrayList<>(List.of(jobName));
    key.forEach(
        (name, value) -> {
          sql.append(
              " and exists (select 1 from batch_job_execution_params p"
                  + " where p.job_execution_id = e.job_execution_id"
                  + " and p.parameter_name = ? and p.parameter_value = ?)");
          arguments.add(name);
          arguments.add(value);
        });
    return jdbc.queryForObject(sql.toString(), Long.class, arguments.toArray());
  }
}
