package org.habittrends.ingest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.habittrends.domain.Workspace;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import step's loop in a process of its own, one transaction per tasklet call as Spring Batch
 * runs it, so that a test can kill it half way: {@code ImportChildProcess WORKSPACE H2FILE
 * [halt-half-way] [reimport:NAME]}. With {@code halt-half-way} the process halts (no shutdown
 * hooks, as a kill) at the first commit that leaves a file half written: committed answers, ledger
 * row IMPORTING.
 */
public final class ImportChildProcess {

  /**
   * The application's H2 settings (application.properties): WRITE_DELAY=0 makes a commit reach the
   * file at once, so a kill right after a file moved to processed/ cannot lose its rows.
   */
  static final String FILE_FLAGS =
      ImportTestDatabase.H2_FLAGS + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DB_CLOSE_DELAY=-1";

  /**
   * {@code reimport:NAME} asks for processed/NAME to be imported again first ({@link Reimports}).
   */
  static final String REIMPORT = "reimport:";

  private ImportChildProcess() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    DataSource dataSource =
        ImportTestDatabase.newDataSource("jdbc:h2:file:" + args[1] + FILE_FLAGS);
    List<String> options = List.of(args).subList(2, args.length);
    if (options.contains("halt-half-way")) {
      dataSource = haltingHalfWay(dataSource);
    }
    ImportTestDatabase db = new ImportTestDatabase(root, dataSource);
    for (String option : options) {
      if (option.startsWith(REIMPORT)) {
        Reimports.request(
            db.jdbc,
            new Workspace(root),
            db.definition.programme().id(),
            root.resolve("processed").resolve(option.substring(REIMPORT.length())));
      }
    }
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    InboxImportTasklet tasklet = db.tasklet(new Workspace(root), transactions);
    StepContribution contribution =
        MetaDataInstanceFactory.createStepExecution("importStep", 1L).createStepContribution();
    TransactionTemplate perCall = new TransactionTemplate(transactions);
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
    System.out.println("import finished");
  }

  /** Connections that halt the process once a commit leaves a file half written. */
  private static DataSource haltingHalfWay(DataSource dataSource) {
    return new DelegatingDataSource(dataSource) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        return (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                  Object result;
                  try {
                    result = method.invoke(connection, arguments);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                  if ("commit".equals(method.getName()) && halfWritten(connection)) {
                    System.out.println("halting with a file half written");
                    Runtime.getRuntime().halt(137);
                  }
                  return result;
                });
      }
    };
  }

  /** Whether a file not finished has committed answers; false before the tables exist. */
  private static boolean halfWritten(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select count(*) from survey_response r join imported_file f on f.id = r.file_id"
                    + " where f.status = 'IMPORTING'")) {
      rs.next();
      return rs.getInt(1) > 0;
    } catch (SQLException migrating) {
      return false;
    }
  }
}
