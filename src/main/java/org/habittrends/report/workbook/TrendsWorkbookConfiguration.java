package org.habittrends.report.workbook;

import org.habittrends.analysis.ResultsPublisher;
import org.habittrends.domain.Workspace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Makes the analyse step write {@code reports/trends.xlsx} at the end of every run. */
@Configuration
public class TrendsWorkbookConfiguration {

  @Bean
  ResultsPublisher trendsWorkbook(JdbcTemplate jdbc, Workspace workspace) {
    return new TrendsWorkbook(jdbc, workspace.reports());
  }
}
