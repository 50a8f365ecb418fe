package org.habittrends;

import java.nio.file.Path;
import org.habittrends.domain.Workspace;
import org.habittrends.launch.CommandLineLauncher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Spring Boot entry point; the command line in {@code launch} decides what runs. */
@SpringBootApplication
public class HabitTrendsApplication {

  /** Property naming the workspace folder this process works on. */
  public static final String WORKSPACE_PROPERTY = "habit-trends.workspace";

  public static void main(String[] args) {
    System.exit(CommandLineLauncher.run(args, System.out, System.err));
  }

  @Bean
  Workspace workspace(@Value("${" + WORKSPACE_PROPERTY + "}") Path root) {
    return new Workspace(root);
  }
}
