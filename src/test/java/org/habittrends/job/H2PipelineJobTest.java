package org.habittrends.job;

import org.habittrends.HabitTrendsApplication;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pipeline on the default embedded H2 file database inside the workspace. */
@SpringBootTest
@SpringBatchTest
class H2PipelineJobTest extends PipelineJobContract {

  @DynamicPropertySource
  static void workspace(DynamicPropertyRegistry registry) {
    registry.add(
        HabitTrendsApplication.WORKSPACE_PROPERTY, () -> SampleWorkspace.copy("h2").toString());
  }
}
