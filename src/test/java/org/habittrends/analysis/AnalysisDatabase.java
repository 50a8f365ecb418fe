package org.habittrends.analysis;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A migrated database for analysis tests: in-memory H2 or an embedded PostgreSQL. */
final class AnalysisDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final EmbeddedPostgres postgres;

  private AnalysisDatabase(DataSource dataSource, EmbeddedPostgres postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  /** In memory. */
  static AnalysisDatabase h2(String name) {
    return h2Url("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
  }

  /** A file database, as the pipeline uses by default. */
  static AnalysisDatabase h2File(java.nio.file.Path folder) {
    return h2Url("jdbc:h2:file:" + folder.resolve("db"));
  }

  private static AnalysisDatabase h2Url(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    h2.setUser("sa");
    return new AnalysisDatabase(h2, null);
  }

  static AnalysisDatabase postgres() throws IOException {
    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setUrl(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    return new AnalysisDatabase(ds, pg);
  }

  DataSource dataSource() {
    return dataSource;
  }

  JdbcTemplate jdbc() {
    return new JdbcTemplate(dataSource);
  }

  /** Runs the analysis in one transaction, as the analyse step does. */
  int analyse(org.habittrends.domain.Programme programme) {
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    return tx.execute(status -> new ProgrammeAnalysis(programme, jdbc()).run());
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    } else {
      jdbc().execute("shutdown");
    }
  }
}
