package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
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
import org.habittrends.sample.SampleProgrammeGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import over the generated sample programme, on H2 with the real migrations, no Spring. */
class InboxImportTaskletTest {

  @TempDir Path dir;
  private Workspace workspace;
  private JdbcTemplate jdbc;
  private InboxImportTasklet tasklet;
  private SampleProgrammeGenerator.Summary summary;
  private long executions;

  @BeforeEach
  void setUp() {
    summary = SampleProgrammeGenerator.generate(dir, 2026, 12);
    workspace = new Workspace(dir);
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:"
            + dir.getFileName()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(ds);
    ProgrammeDefinition definition = ProgrammeFiles.load(workspace);
    store(definition);
    tasklet =
        new InboxImportTasklet(
            workspace,
            new ImportRepository(jdbc, definition.programme()),
            definition.importSettings(),
            null);
  }

  @Test
  void importsTheSampleAndRejectsTheBadRows() throws Exception {
    StepContribution contribution = runStep();
    assertThat(InboxFolder.waiting(workspace.inbox())).isEmpty();
    assertThat(count("survey_response")).isEqualTo(summary.responses());
    // the corrected answer replaced an original one of the same stakeholder in wave 4
    assertThat(count("survey_response where source_line = 9")).isGreaterThanOrEqualTo(1);
    // 7 bad rows in late-corrections, the unfinished Qualtrics response, and wave 4's original
    // answer that the correction replaced
    assertThat(count("reject")).isEqualTo(summary.badRows() + 1);
    assertThat(jdbc.queryForList("select reason from reject order by id", String.class))
        .anySatisfy(r -> assertThat(r).startsWith("unknown leader \"L13\""))
        .anySatisfy(r -> assertThat(r).contains("+5 is outside the scale"))
        .anySatisfy(r -> assertThat(r).startsWith("unknown stakeholder \"L01-S99\""))
        .anySatisfy(r -> assertThat(r).contains("has no goal 2"))
        .anySatisfy(r -> assertThat(r).startsWith("superseded by line 9"))
        .anySatisfy(r -> assertThat(r).startsWith("an answer submitted later (2026-09-18 18:00"))
        .anySatisfy(r -> assertThat(r).startsWith("unfinished response (Finished = False)"));
    assertThat(count("imported_file where status = 'IMPORTED'")).isEqualTo(5);
    assertThat(
            jdbc.queryForList("select layout from imported_file order by file_name", String.class))
        .containsExactly(
            "GOOGLE_FORMS", "TEMPLATE", "MICROSOFT_FORMS", "SURVEYMONKEY", "QUALTRICS");
    assertThat(count("rating where goal_no = 0 and rating is not null")).isPositive();
    assertThat(workspace.processed().resolve("wave-1 microsoft-forms.xlsx")).isRegularFile();
    assertThat(workspace.rejected().resolve("late-corrections.rejects.csv")).isRegularFile();
    assertThat(workspace.rejected().resolve("late-corrections.rejects.xlsx")).isRegularFile();
    assertThat(workspace.rejected().resolve("wave-4 qualtrics.rejects.csv")).isRegularFile();
    assertThat(Files.readString(workspace.rejected().resolve("late-corrections.rejects.csv")))
        .startsWith("\uFEFFline,reason,Leader ID,Wave,Stakeholder,Submitted,Goal 1,Goal 2,Goal 3")
        .contains(
            "3,Goal 1: +5 is outside the scale -3 to +3,L01,2,L01-S01,2026-05-08 10:05,+5,1,");
    // late-corrections.xlsx repeats 30 wave-2 answers a day later: written again, not added
    assertThat(contribution.getWriteCount()).isEqualTo(summary.responses() + 30);
    assertThat(contribution.getProcessSkipCount()).isEqualTo(summary.badRows() + 1);
    assertThat(contribution.getReadCount())
        .isEqualTo(contribution.getWriteCount() + contribution.getProcessSkipCount());
  }

  @Test
  void reDroppedAndUnreadableFilesAreSetAside() throws Exception {
    runStep();
    int responses = count("survey_response");
    Files.copy(
        workspace.processed().resolve("wave-3 surveymonkey.xlsx"),
        workspace.inbox().resolve("wave-3 surveymonkey.xlsx"));
    Files.writeString(workspace.inbox().resolve("notes.xlsx"), "not a workbook");
    Files.writeString(workspace.inbox().resolve("~$wave-2.xlsx"), "lock file");
    runStep();
    assertThat(count("survey_response")).isEqualTo(responses);
    assertThat(workspace.processed().resolve("wave-3 surveymonkey (2).xlsx")).isRegularFile();
    assertThat(workspace.rejected().resolve("notes.xlsx")).isRegularFile();
    assertThat(Files.readString(workspace.rejected().resolve("notes.xlsx.reason.txt")))
        .contains("not an Excel workbook");
    assertThat(count("imported_file where status = 'REJECTED'")).isEqualTo(1);
    assertThat(InboxFolder.waiting(workspace.inbox())).isEmpty();
  }

  private StepContribution runStep() throws Exception {
    StepContribution contribution =
        MetaDataInstanceFactory.createStepExecution("importStep", ++executions)
            .createStepContribution();
    int calls = 0;
    while (tasklet.execute(contribution, null) == RepeatStatus.CONTINUABLE) {
      assertThat(++calls).isLessThan(20);
    }
    return contribution;
  }

  private int count(String from) {
    return jdbc.queryForObject("select count(*) from " + from, Integer.class);
  }

  private void store(ProgrammeDefinition definition) {
    Programme p = definition.programme();
    jdbc.update("insert into programme (id, name) values (?, ?)", p.id(), p.name());
    for (Wave w : p.waves()) {
      jdbc.update(
          "insert into wave (programme_id, wave_no, label, opens, closes) values (?,?,?,?,?)",
          p.id(),
          w.number(),
          w.label(),
          Date.valueOf(w.opens()),
          Date.valueOf(w.closes()));
    }
    for (Leader l : definition.leaders()) {
      jdbc.update(
          "insert into leader (programme_id, leader_id, name) values (?,?,?)",
          p.id(),
          l.id(),
          l.name());
      for (Goal g : l.goals()) {
        jdbc.update(
            "insert into goal (programme_id, leader_id, goal_no, habit_code, wording)"
                + " values (?,?,?,?,?)",
            p.id(),
            l.id(),
            g.number(),
            g.habitCode(),
            g.wording());
      }
    }
    for (Stakeholder s : definition.stakeholders()) {
      jdbc.update(
          "insert into stakeholder (programme_id, leader_id, stakeholder_key, email,"
              + " relationship) values (?,?,?,?,?)",
          p.id(),
          s.leaderId(),
          s.key(),
          s.email(),
          s.group().name());
    }
  }
}
