package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.habittrends.domain.Workspace;
import org.habittrends.job.JobNames;
import org.habittrends.job.SampleWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Re-running the same command after a failure or a killed process, on the default H2 database. */
class RestartCommandTest {

  @Test
  void aFailedRunResumesWhereItStoppedWhenTheSameCommandRunsAgain() throws Exception {
    Path workspace = SampleWorkspace.copy("restart");
    // a file where reports/ should be: a step after the import fails (the analysis writes the
    // trends workbook there, the report step the PDFs)
    Path reports = workspace.resolve("reports");
    Files.writeString(reports, "in the way");

    Commands.Outcome failed = Commands.run("run", "--workspace", workspace.toString());

    assertThat(failed.code()).isEqualTo(ExitCode.JOB_FAILED.code());
    assertThat(failed.err()).contains("run failed");
    String failedStep =
        Commands.text(
            workspace, "select step_name from batch_step_execution where status = 'FAILED'");
    assertThat(failedStep).isNotIn("rosterStep", "importStep");
    long responses = Commands.number(workspace, "select count(*) from survey_response");
    assertThat(responses).isPositive();

    Files.delete(reports);
    Commands.Outcome resumed = Commands.run("run", "--workspace", workspace.toString());

    assertThat(resumed.code()).as(resumed.err()).isEqualTo(ExitCode.OK.code());
    long leaders = Commands.number(workspace, "select count(*) from leader");
    assertThat(resumed.out()).contains("run completed").contains(leaders + " reports written");
    assertThat(executions(workspace)).as("one run: the same instance, executed twice").isEqualTo(2);
    assertThat(instances(workspace)).isEqualTo(1);
    assertThat(stepRuns(workspace, "importStep")).as("import is not repeated").isEqualTo(1);
    assertThat(stepRuns(workspace, failedStep)).as("the failed step runs again").isEqualTo(2);
    assertThat(Commands.number(workspace, "select count(*) from survey_response"))
        .as("rows not doubled")
        .isEqualTo(responses);
    assertThat(pdfs(workspace)).hasSize((int) leaders);

    // the next command after a completed run starts a new run
    Commands.Outcome next = Commands.run("run", "--workspace", workspace.toString());
    assertThat(next.code()).isEqualTo(ExitCode.OK.code());
    assertThat(next.out()).contains("Nothing new to import");
    assertThat(instances(workspace)).isEqualTo(2);

    JsonNode status = statusJson(workspace);
    assertThat(status.get("programme").asString()).isEqualTo("sample-2026");
    assertThat(status.get("recentRuns")).hasSize(3);
    assertThat(status.get("recentRuns").get(2).get("status").asString()).isEqualTo("FAILED");
    assertThat(status.get("recentRuns").get(0).get("status").asString()).isEqualTo("COMPLETED");
    assertThat(status.get("reports").asLong()).isEqualTo(leaders);
    assertThat(status.get("deliveries").get("pending").asLong()).isEqualTo(leaders);
  }

  @Test
  void aRunLeftMarkedAsRunningByAKilledProcessIsRecoveredAndCompleted() throws Exception {
    Path workspace = SampleWorkspace.copy("killed");
    long stale = leaveAStaleExecution(new Workspace(workspace));

    Commands.Outcome rerun = Commands.run("run", "--workspace", workspace.toString());

    assertThat(rerun.code()).as(rerun.err()).isEqualTo(ExitCode.OK.code());
    assertThat(
            Commands.text(
                workspace,
                "select status from batch_job_execution where job_execution_id = " + stale))
        .as("the killed execution is marked as failed, not left running")
        .isEqualTo("FAILED");
    assertThat(instances(workspace)).as("the killed run was resumed, not replaced").isEqualTo(1);
    assertThat(
            Commands.text(
                workspace,
                "select status from batch_job_execution order by job_execution_id desc limit 1"))
        .isEqualTo("COMPLETED");
    assertThat(pdfs(workspace))
        .hasSize((int) Commands.number(workspace, "select count(*) from leader"));
  }

  @Test
  void aScheduleNeedsACronExpressionItCanRead() {
    Commands.Outcome bad =
        Commands.run("schedule", "--workspace", "sample-data", "--cron", "every night");

    assertThat(bad.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err()).contains("is not a cron expression");
  }

  /** What a kill -9 during the roster step leaves in the job repository. */
  private static long leaveAStaleExecution(Workspace workspace) {
    try (ConfigurableApplicationContext context = SpringContexts.start(workspace, List.of())) {
      JobRepository repository = context.getBean(JobRepository.class);
      JobParameters parameters =
          new JobParametersBuilder()
              .addString(JobNames.WORKSPACE, workspace.root().toString())
              .addString(JobNames.PROGRAMME, "sample-2026")
              .addString(JobNames.REQUESTED_AT, "2026-11-26T02:15:00Z")
              .toJobParameters();
      JobInstance instance = repository.createJobInstance(JobNames.RUN, parameters);
      JobExecution execution =
          repository.createJobExecution(instance, parameters, new ExecutionContext());
      execution.setStatus(BatchStatus.STARTED);
      execution.setStartTime(LocalDateTime.now().minusMinutes(5));
      repository.update(execution);
      StepExecution step = repository.createStepExecution("rosterStep", execution);
      step.setStatus(BatchStatus.STARTED);
      step.setStartTime(LocalDateTime.now().minusMinutes(5));
      repository.update(step);
      return execution.getId();
    }
  }

  private static JsonNode statusJson(Path workspace) {
    Commands.Outcome status = Commands.run("status", "--workspace", workspace.toString(), "--json");
    assertThat(status.code()).as(status.err()).isEqualTo(ExitCode.OK.code());
    return JsonMapper.builder().build().readTree(status.out());
  }

  private static long executions(Path workspace) throws Exception {
    return Commands.number(workspace, "select count(*) from batch_job_execution");
  }

  private static long instances(Path workspace) throws Exception {
    return Commands.number(workspace, "select count(*) from batch_job_instance");
  }

  private static long stepRuns(Path workspace, String step) throws Exception {
    return Commands.number(
        workspace, "select count(*) from batch_step_execution where step_name = '" + step + "'");
  }

  private static List<Path> pdfs(Path workspace) throws Exception {
    try (Stream<Path> files = Files.list(workspace.resolve("reports"))) {
      return files.filter(p -> p.toString().endsWith(".pdf")).toList();
    }
  }
}
