package org.habittrends.incremental;

import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Incremental runs: what the analyse and report steps need to skip work whose inputs did not
 * change. {@code habit-trends.version} fixes the application version (tests do).
 */
@Configuration
public class IncrementalConfiguration {

  /** Job parameter ("true"): recompute and re-render everything, whatever the fingerprints say. */
  public static final String ALL = "all";

  @Bean
  ApplicationVersion applicationVersion(@Value("${habit-trends.version:}") String configured) {
    return ApplicationVersion.of(
        configured, new ApplicationHome(IncrementalConfiguration.class).getSource());
  }

  @Bean
  LeaderInputs leaderInputs(JdbcTemplate jdbc) {
    return new LeaderInputs(jdbc);
  }

  @Bean
  ReportLedger reportLedger(JdbcTemplate jdbc, Programme programme, Workspace workspace) {
    return new ReportLedger(jdbc, programme.id(), workspace.root());
  }

  /** The job asks for everything ({@value #ALL}=true). */
  public static boolean all(
      org.springframework.batch.core.job.parameters.JobParameters parameters) {
    return "true".equals(parameters.getString(ALL));
  }
}
