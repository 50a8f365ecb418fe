package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Rating;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.Stakeholder;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.read.XlsxSheetStreamer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Times, side by side in one run, the full import of a large template .xlsx on H2 and on PostgreSQL
 * against a bare streaming parse of the same file with POI's own API (the baseline), the import's
 * own reader alone, and a naive XSSFWorkbook read.
 *
 * <p><b>Cold</b>: the bare parse and each import as the first work of a fresh JVM, as a scheduled
 * run meets them ({@link ImportBenchmarkChild}); {@code -Dbenchmark.cold=1} (default) sets of
 * three, each set in another order. <b>Rounds</b>: in this JVM, each round into fresh databases;
 * round 1 is the first import here, later rounds are warm; {@code -Dbenchmark.rounds=2} (default).
 * Rows: {@code -Dbenchmark.rows=200000} (default); {@code -Dbenchmark.naive=false} leaves out the
 * XSSFWorkbook read, e.g. for the 500,000-row run in 256 MB. Run with {@code mvn test
 * -Dgroups=benchmark -Dsurefire.excludedGroups=none -Dtest=ImportBenchmarkTest -DargLine="-Xms2g
 * -Xmx2g"}; the fresh JVMs get the same heap settings.
 */
@Tag("benchmark")
public class ImportBenchmarkTest {

  private static final int STAKEHOLDERS = 10;
  private static final int WAVES = 4;

  @TempDir Path dir;

  @Test
  void fullImportAgainstBareParse() throws Exception {
    int rows = Integer.getInteger("benchmark.rows", 200_000);
    int rounds = Integer.getInteger("benchmark.rounds", 2);
    boolean naive = Boolean.parseBoolean(System.getProperty("benchmark.naive", "true"));
    int leaders = Math.max(1, rows / (STAKEHOLDERS * WAVES));
    Path template = dir.resolve("template");
    Path export = workspace(template, leaders);
    System.out.printf(
        "file: %,d rows, %,d bytes%n", leaders * STAKEHOLDERS * WAVES, Files.size(export));
    if (naive) {
      naiveRead(export); // warm-up
      long bare = time(() -> bareParse(export));
      long xssf = time(() -> naiveRead(export));
      System.out.printf(
          "naive XSSFWorkbook     %6d ms  %.2fx of a bare parse (%d ms)%n",
          xssf, (double) xssf / bare, bare);
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      int sets = Integer.getInteger("benchmark.cold", 1);
      for (int set = 1; set <= sets; set++) {
        cold(set, template, export, postgres);
      }
      for (int round = 1; round <= rounds; round++) {
        long bare = time(() -> bareParse(export));
        long reader = time(() -> ourReader(export));
        Path h2 = copyWorkspace(template, dir.resolve("h2-" + round));
        long intoH2 = importInto(h2, h2(h2));
        Path pg = copyWorkspace(template, dir.resolve("pg-" + round));
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database round" + round);
        long intoPostgres =
            importInto(pg, postgres(postgres.getJdbcUrl("postgres", "round" + round)));
        System.out.printf(
            "round %d%s%n", round, round == 1 ? " (the first import in this JVM)" : "");
        System.out.printf("  bare streaming parse   %6d ms  1.00x%n", bare);
        System.out.printf(
            "  our reader, no import  %6d ms  %.2fx%n", reader, (double) reader / bare);
        System.out.printf(
            "  full import, H2        %6d ms  %.2fx%n", intoH2, (double) intoH2 / bare);
        System.out.printf(
            "  full import, PostgreSQL%6d ms  %.2fx%n", intoPostgres, (double) intoPostgres / bare);
      }
    }
  }

  /** One set of fresh-JVM runs: the bare parse and both imports, in an order that rotates. */
  private void cold(int set, Path template, Path export, EmbeddedPostgres postgres)
      throws Exception {
    Path h2 = copyWorkspace(template, dir.resolve("cold-h2-" + set));
    Path pg = copyWorkspace(template, dir.resolve("cold-pg-" + set));
    new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database cold" + set);
    List<List<String>> runs =
        new ArrayList<>(
            List.of(
                List.of("bare", export.toString()),
                List.of("h2", h2.toString()),
                List.of(
                    "postgresql", pg.toString(), postgres.getJdbcUrl("postgres", "cold" + set))));
    java.util.Collections.rotate(runs, 1 - set);
    java.util.Map<String, Long> ms = new java.util.HashMap<>();
    for (List<String> run : runs) {
      ms.put(run.get(0), ImportBenchmarkChild.inFreshJvm(run, dir));
    }
    long bare = ms.get("bare");
    System.out.printf("cold %d: each the first work of a fresh JVM%n", set);
    System.out.printf("  bare streaming parse   %6d ms  1.00x%n", bare);
    System.out.printf(
        "  full import, H2        %6d ms  %.2fx%n", ms.get("h2"), (double) ms.get("h2") / bare);
    System.out.printf(
        "  full import, PostgreSQL%6d ms  %.2fx%n",
        ms.get("postgresql"), (double) ms.get("postgresql") / bare);
  }

  /** The application's H2 settings, on a data source that opens a connection per request. */
  static DataSource h2(Path workspace) {
    return ImportTestDatabase.newDataSource(
        "jdbc:h2:file:"
            + workspace.resolve("db")
            + ImportTestDatabase.H2_FLAGS
            + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
  }

  static DataSource postgres(String jdbcUrl) {
    return new SingleConnectionDataSource(jdbcUrl + "&reWriteBatchedInserts=true", true);
  }

  /** Wall time of importing the workspace's inbox, after the database is set up. */
  static long importInto(Path root, DataSource dataSource) throws Exception {
    ImportTestDatabase db = new ImportTestDatabase(root, dataSource);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    InboxImportTasklet tasklet = db.tasklet(new Workspace(root), transactions);
    StepContribution contribution =
        MetaDataInstanceFactory.createStepExecution("importStep", 1L).createStepContribution();
    TransactionTemplate perCall = new TransactionTemplate(transactions);
    long elapsed =
        time(
            () -> {
              RepeatStatus status;
              do {
                status =
                    perCall.execute(
                        tx -> {
                          try {
                            return tasklet.execute(contribution, null);
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                        });
              } while (status == RepeatStatus.CONTINUABLE);
            });
    assertThat(db.count("survey_response")).isEqualTo(contribution.getWriteCount());
    assertThat(contribution.getWriteCount()).isEqualTo(contribution.getReadCount());
    if (!(dataSource instanceof SingleConnectionDataSource)) {
      db.jdbc.execute("shutdown"); // H2: its caches go, as they would when the run ends
    }
    return elapsed;
  }

  /** POI's streaming API with its own cell formatting and nothing done with the rows. */
  static void bareParse(Path file) throws Exception {
    int[] rows = {0};
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      reader.setUseReadOnlySharedStringsTable(true);
      Iterator<InputStream> sheets = reader.getSheetsData();
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                reader.getSharedStringsTable(),
                new SheetContentsHandler() {
                  @Override
                  public void startRow(int rowNum) {
                    rows[0]++;
                  }

                  @Override
                  public void endRow(int rowNum) {}

                  @Override
                  public void cell(String reference, String value, XSSFComment comment) {}
                },
                false));
        parser.parse(new InputSource(sheet));
      }
    }
    assertThat(rows[0]).isPositive();
  }

  /** The import's own streaming reader ({@link XlsxSheetStreamer}), rows thrown away. */
  private static void ourReader(Path file) throws Exception {
    int[] rows = {0};
    XlsxSheetStreamer.stream(file, (line, cells) -> rows[0]++);
    assertThat(rows[0]).isPositive();
  }

  private static void naiveRead(Path file) throws Exception {
    DataFormatter formatter = new DataFormatter();
    long chars = 0;
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      for (Row row : wb.getSheetAt(0)) {
        for (Cell cell : row) {
          chars += formatter.formatCellValue(cell).length();
        }
      }
    }
    assertThat(chars).isPositive();
  }

  /** A programme of {@code leaders} leaders, 10 stakeholders each, 4 waves, all in one file. */
  static Path workspace(Path root, int leaders) throws Exception {
    Files.createDirectories(root.resolve("inbox"));
    Files.writeString(
        root.resolve("programme.yml"),
        "id: bench\nwaves:\n"
            + "  - {number: 1, label: W1, opens: 2026-03-02, closes: 2026-03-20}\n"
            + "  - {number: 2, label: W2, opens: 2026-05-04, closes: 2026-05-22}\n"
            + "  - {number: 3, label: W3, opens: 2026-07-06, closes: 2026-07-24}\n"
            + "  - {number: 4, label: W4, opens: 2026-09-07, closes: 2026-09-25}\n");
    // the roster as CSV: a 500,000-row run must fit -Xmx256m, and an in-memory roster.xlsx of
    // 125,000 stakeholders would not
    List<Stakeholder> raters = new ArrayList<>();
    try (ExportWriter people = ExportWriter.csv(root.resolve("roster-leaders.csv"));
        ExportWriter others = ExportWriter.csv(root.resolve("roster-stakeholders.csv"))) {
      people.row(List.of("Leader ID", "Name", "Goal 1", "Goal 2"));
      others.row(List.of("Leader ID", "Stakeholder", "Relationship"));
      for (int l = 1; l <= leaders; l++) {
        String id = String.format("L%06d", l);
        people.row(List.of(id, "Leader " + l, "NOT_LISTENING", "PASSING_JUDGMENT"));
        for (int s = 1; s <= STAKEHOLDERS; s++) {
          raters.add(new Stakeholder(id, id + "-S" + s, null, RelationshipGroup.PEER));
          others.row(List.of(id, id + "-S" + s, "PEER"));
        }
      }
    }
    Path export = root.resolve("inbox/answers.xlsx");
    java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
    try (TemplateWriter out = TemplateWriter.open(export, 2, true)) {
      for (int w = 1; w <= WAVES; w++) {
        LocalDateTime opens = LocalDateTime.of(2026, 3 + 2 * (w - 1), 9, 9, 0);
        for (Stakeholder s : raters) {
          int a = random.nextInt(7) - 3;
          int b = random.nextInt(7) - 3;
          out.write(
              new SurveyResponse(
                  s.leaderId(),
                  s.key(),
                  w,
                  opens.plusMinutes(random.nextInt(5000)),
                  List.of(new Rating(1, a), new Rating(2, b), new Rating(0, (a + b) / 2)),
                  FollowUp.values()[random.nextInt(5)],
                  random.nextInt(3) == 0 ? "Keep listening to the team before deciding" : null));
        }
      }
    }
    return export;
  }

  private static Path copyWorkspace(Path from, Path to) throws Exception {
    Files.createDirectories(to.resolve("inbox"));
    for (String f :
        new String[] {
          "programme.yml", "roster-leaders.csv", "roster-stakeholders.csv", "inbox/answers.xlsx"
        }) {
      Files.copy(from.resolve(f), to.resolve(f));
    }
    return to;
  }

  public interface Work {
    void run() throws Exception;
  }

  /**
   * Wall time of {@code work}, started on a collected heap so no run pays for another's garbage.
   */
  public static long time(Work work) throws Exception {
    System.gc();
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1_000_000;
  }
}
