package org.habittrends.analysis;

import java.util.List;
import org.habittrends.domain.Programme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes every result of the programme and publishes them (the trends workbook) in one
 * transaction, so readers never see half a run.
 */
final class TrendAnalysis implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(TrendAnalysis.class);

  private final Programme programme;
  private final JdbcTemplate jdbc;
  private final List<ResultsPublisher> publishers;

  TrendAnalysis(Programme programme, JdbcTemplate jdbc, List<ResultsPublisher> publishers) {
    this.programme = programme;
    this.jdbc = jdbc;
    this.publishers = List.copyOf(publishers);
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    int goals = new ProgrammeAnalysis(programme, jdbc).run();
    publishers.forEach(p -> p.publish(programme));
    contribution.incrementReadCount();
    contribution.incrementWriteCount(goals);
    log.info("Analysed {} goals of programme {}", goals, programme.id());
    return RepeatStatus.FINISHED;
  }
}
