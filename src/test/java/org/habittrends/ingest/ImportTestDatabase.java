package org.habittrends.ingest;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Stakeholder;
import org.habittrends.domain.Wave;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.store.ImportRepository;
import org.habittrends.roster.ProgrammeDefinition;
import org.habittrends.roster.ProgrammeFiles;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** An in-memory H2 with the real migrations and a workspace's roster stored, without Spring. */
public final class ImportTestDatabase {

  public static final String H2_FLAGS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  public final DataSource dataSource;
  public final JdbcTemplate jdbc;
  public final ProgrammeDefinition definition;

  public ImportTestDatabase(Path workspaceRoot, String name) {
    this(workspaceRoot, newDataSource("jdbc:h2:mem:" + name + H2_FLAGS + ";DB_CLOSE_DELAY=-1"));
  }

  /** Migrates {@code dataSource} and stores the roster unless it is there already. */
  public ImportTestDatabase(Path workspaceRoot, DataSource dataSource) {
    this.dataSource = dataSource;
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    definition = ProgrammeFiles.load(new Workspace(workspaceRoot));
    if (count("programme") == 0) {
      store();
    }
  }

  public static DataSource newDataSource(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    return ds;
  }

  InboxImportTasklet tasklet(Workspace workspace) {
    return tasklet(workspace, null);
  }

  InboxImportTasklet tasklet(Workspace workspace, PlatformTransactionManager transactions) {
    return new InboxImportTasklet(
        workspace,
        new ImportRepository(jdbc, definition.programme()),
        definition.importSettings(),
        transactions);
  }

  /**
   * Runs the import step's tasklet until the inbox is done, one file per call as Spring Batch calls
   * it, as step execution {@code execution} (a new number is a new run of the step).
   */
  void importInbox(Workspace workspace, long execution) throws Exception {
    InboxImportTasklet tasklet = tasklet(workspace);
    StepContribution contribution =
        MetaDataInstanceFactory.createStepExecution("importStep", execution)
            .createStepContribution();
    while (tasklet.execute(contribution, null) == RepeatStatus.CONTINUABLE) {
      // one file per call
    }
  }

  /** Writes a file into the workspace's inbox. */
  static void drop(Path workspaceRoot, String name, String content) throws java.io.IOException {
    java.nio.file.Files.writeString(workspaceRoot.resolve("inbox").resolve(name), content);
  }

  public int count(String from) {
    return jdbc.queryForObject("select count(*) from " + from, Integer.class);
  }

  /** A stored rating; null for N/A; fails if there is no such rating. */
  Integer rating(String stakeholder, int wave, int goal) {
    return jdbc.queryForObject(
        "select rating from rating where stakeholder_key = ? and wave_no = ? and goal_no = ?",
        Integer.class,
        stakeholder,
        wave,
        goal);
  }

  private void store() {
    Programme p = definition.programme();
    jdbc.update("insert into programme (id, name) values (?, ?)", p.id(), p.name());
    List<Object[]> waves = new ArrayList<>();
    for (Wave w : p.waves()) {
      waves.add(
          new Object[] {
            p.id(), w.number(), w.label(), Date.valueOf(w.opens()), Date.valueOf(w.closes())
          });
    }
    jdbc.batchUpdate(
        "insert into wave (programme_id, wave_no, label, opens, closes) values (?,?,?,?,?)", waves);
    List<Object[]> leaders = new ArrayList<>();
    List<Object[]> goals = new ArrayList<>();
    for (Leader l : definition.leaders()) {
      leaders.add(new Object[] {p.id(), l.id(), l.name(), l.email()});
      for (Goal g : l.goals()) {
        goals.add(new Object[] {p.id(), l.id(), g.number(), g.habitCode(), g.wording()});
      }
    }
    jdbc.batchUpdate(
        "insert into leader (programme_id, leader_id, name, email) values (?,?,?,?)", leaders);
    jdbc.batchUpdate(
        "insert into goal (programme_id, leader_id, goal_no, habit_code, wording)"
            + " values (?,?,?,?,?)",
        goals,
        new int[] {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR});
    List<Object[]> stakeholders = new ArrayList<>();
    for (Stakeholder s : definition.stakeholders()) {
      stakeholders.add(new Object[] {p.id(), s.leaderId(), s.key(), s.email(), s.group().name()});
    }
    jdbc.batchUpdate(
        "insert into stakeholder (programme_id, leader_id, stakeholder_key, email,"
            + " relationship) values (?,?,?,?,?)",
        stakeholders,
        new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
  }
}
