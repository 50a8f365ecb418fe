package org.habittrends.ingest;

import java.nio.file.Path;
import org.habittrends.domain.Workspace;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import step's loop in a process of its own, one transaction per tasklet call as Spring Batch
 * runs it, so that a test can kill it half way: {@code ImportChildProcess WORKSPACE H2FILE}.
 */
public final class ImportChildProcess {

  /**
   * The application's H2 settings (application.properties): WRITE_DELAY=0 makes a commit reach the
   * file at once, so a kill right after a file moved to processed/ cannot lose its rows.
   */
  static final String FILE_FLAGS =
      ImportTestDatabase.H2_FLAGS + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DB_CLOSE_DELAY=-1";

  private ImportChildProcess() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    var dataSource = ImportTestDatabase.newDataSource("jdbc:h2:file:" + args[1] + FILE_FLAGS);
    ImportTestDatabase db = new ImportTestDatabase(root, dataSource);
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
}
