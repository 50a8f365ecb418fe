package org.habittrends.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habittrends.domain.Programme;
import org.habittrends.incremental.IncrementalConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the results of the programme and publishes them (the trends workbook) in one
 * transaction, so readers never see half a run. Only the leaders whose inputs changed since the
 * last analysis get new results (all of them when a programme setting or the application version
 * changed), and the cohort; when nothing changed (and the workbook is still the one written), it
 * recomputes and writes nothing. The job parameter {@code all} recomputes everything.
 */
final class TrendAnalysis implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(TrendAnalysis.class);

  private final Programme programme;
  private final JdbcTemplate jdbc;
  private final List<ResultsPublisher> publishers;
  private final AnalysedInputs analysed;

  TrendAnalysis(
      Programme programme,
      JdbcTemplate jdbc,
      List<ResultsPublisher> publishers,
      AnalysedInputs analysed) {
    this.programme = programme;
    this.jdbc = jdbc;
    this.publishers = List.copyOf(publishers);
    this.analysed = analysed;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    Map<String, String> inputs = analysed.current(programme);
    boolean all = IncrementalConfiguration.all(contribution.getStepExecution().getJobParameters());
    if (!all && analysed.unchanged(inputs, publishers)) {
      log.info(
          "Nothing changed for the {} leaders of programme {} since the last analysis:"
              + " no result recomputed, trends workbook kept",
          inputs.size(),
          programme.id());
      return RepeatStatus.FINISHED;
    }
    Set<String> changed = all ? null : analysed.changed(inputs);
    if (changed != null && changed.containsAll(inputs.keySet())) {
      changed = null; // every leader: one delete per table instead of one per leader
    }
    int goals = new ProgrammeAnalysis(programme, jdbc, changed).run();
    if (changed != null) {
      log.info(
          "Results recomputed for the {} of {} leaders whose inputs changed, and for the cohort",
          changed.size(),
          inputs.size());
    }
    publishers.forEach(p -> p.publish(programme));
    analysed.record(inputs, publishers);
    contribution.incrementReadCount();
    contribution.incrementWriteCount(goals);
    log.info("Analysed {} goals of programme {}", goals, programme.id());
    return RepeatStatus.FINISHED;
  }
}
