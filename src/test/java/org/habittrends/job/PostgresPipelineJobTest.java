package org.habittrends.job;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.habittrends.HabitTrendsApplication;
import org.junit.jupiter.api.AfterAll;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pipeline on a real PostgreSQL server that the test starts and stops itself. */
@SpringBootTest
@SpringBatchTest
class PostgresPipelineJobTest extends PipelineJobContract {

  private static EmbeddedPostgres postgres;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    registry.add(
        HabitTrendsApplication.WORKSPACE_PROPERTY, () -> SampleWorkspace.copy("pg").toString());
    registry.add(
        "spring.datasource.url",
        () -> postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
