package org.habittrends.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.read.UnreadableFileException;
import org.habittrends.ingest.store.FileWrites;
import org.habittrends.ingest.store.ImportFingerprint;
import org.habittrends.ingest.store.ImportRepository;
import org.habittrends.ingest.store.InStepTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one inbox file per call. A file counts only once it is finished, and one that never
 * finishes leaves nothing ({@link FileWrites}: one transaction per file, or on H2 commits as it
 * goes with the unfinished undone). Files move to processed/ or rejected/ only after the step's
 * transaction commits; a file whose move failed stays in the inbox and is recognised by its SHA-256
 * next time. A file whose content was imported before (same SHA-256) with the same import settings
 * ({@link ImportFingerprint}) is not imported again: it moves to processed/ and the log says so;
 * imported_file keeps one row per content, since sha256 is unique per programme. One imported with
 * other settings (the coach fixed the mapping or the roster), or one the coach asked to re-import
 * ({@link Reimports}), is imported again under its row, replacing what it imported before. A file
 * rejected before is tried again.
 */
final class InboxImportTasklet implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(InboxImportTasklet.class);

  private final Workspace workspace;
  private final ImportRepository repository;
  private final ImportSettings settings;
  private final TransactionTemplate savepoints;
  private final Set<Path> attempted = new HashSet<>();
  private Boolean committedAsItGoes;
  private Long stepExecutionId;
  private String fingerprint;

  InboxImportTasklet(Workspace workspace, ImportRepository repository) {
    this(workspace, repository, ImportSettings.DEFAULTS, null);
  }

  /**
   * @param transactionManager the step's, for a savepoint per file so that a file found unreadable
   *     half way leaves none of its rows; null runs without (tests without a transaction)
   */
  InboxImportTasklet(
      Workspace workspace,
      ImportRepository repository,
      ImportSettings settings,
      PlatformTransactionManager transactionManager) {
    this.workspace = workspace;
    this.repository = repository;
    this.settings = settings;
    this.savepoints =
        transactionManager == null ? null : InStepTransaction.savepoints(transactionManager);
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext context)
      throws IOException {
    Long execution = contribution.getStepExecution().getId();
    if (!execution.equals(stepExecutionId)) {
      stepExecutionId = execution;
      attempted.clear();
      fingerprint = null;
      if (committedAsItGoes()) {
        // a file a killed run left half written is undone even if the coach took it away
        FileWrites.undoUnfinished(repository);
      }
    }
    Files.createDirectories(workspace.processed());
    Files.createDirectories(workspace.rejected());
    Optional<Path> next =
        InboxFolder.waiting(workspace.inbox()).stream().filter(attempted::add).findFirst();
    if (next.isEmpty()) {
      return RepeatStatus.FINISHED;
    }
    importOne(next.get(), contribution);
    return RepeatStatus.CONTINUABLE;
  }

  private String fingerprint() {
    if (fingerprint == null) {
      fingerprint = repository.settingsFingerprint(settings);
    }
    return fingerprint;
  }

  private boolean committedAsItGoes() {
    if (committedAsItGoes == null) {
      committedAsItGoes = FileWrites.committedAsTheyGo(repository.jdbc());
    }
    return committedAsItGoes;
  }

  private void importOne(Path file, StepContribution contribution) throws IOException {
    String name = file.getFileName().toString();
    String sha256 = InboxFolder.sha256(file);
    Optional<ImportRepository.StoredFile> earlier = repository.file(sha256);
    if (earlier.isPresent() && ImportRepository.IMPORTED.equals(earlier.get().status())) {
      String used = earlier.get().settingsFingerprint();
      // a file imported before fingerprints were kept (null) is not taken up again by itself
      if (used != null && !used.equals(fingerprint())) {
        log.info(
            "{}: same content as {} imported before, {}; importing it again, its answers replacing"
                + " the ones it gave before",
            name,
            earlier.get().name(),
            ImportFingerprint.REQUESTED.equals(used)
                ? "asked to be re-imported"
                : "with other import settings (programme.yml import: or roster)");
      } else {
        refuseAgain(file, name, earlier.get());
        return;
      }
    }
    try (FileWrites writes = FileWrites.open(repository, committedAsItGoes(), savepoints)) {
      importNew(file, sha256, earlier, contribution, writes);
    }
  }

  /** A file whose content was imported before with these settings: moved to processed/ only. */
  private void refuseAgain(Path file, String name, ImportRepository.StoredFile earlier) {
    AfterCommit.run(
        () -> {
          Path moved = InboxFolder.moveInto(file, workspace.processed());
          log.info(
              "{}: same content as {} imported before; not imported again, moved to {} (the"
                  + " reimport command imports it again, e.g. after a fix to the mapping)",
              name,
              earlier.name(),
              workspace.root().relativize(moved));
        },
        () -> {});
  }

  private void importNew(
      Path file,
      String sha256,
      Optional<ImportRepository.StoredFile> earlier,
      StepContribution contribution,
      FileWrites writes)
      throws IOException {
    ImportRepository files = writes.repository();
    String name = file.getFileName().toString();
    long fileId = files.startFile(name, sha256, earlier);
    writes.started();
    Path report = workspace.rejected().resolve("." + name + ".rejects.csv.part");
    Path workbook = RejectReport.workbookFor(report);
    Files.deleteIfExists(report);
    Files.deleteIfExists(workbook);
    try {
      FileImporter importer = new FileImporter(files, settings);
      FileImporter.Outcome outcome =
          writes.importing(fileId, () -> importer.importFile(file, fileId, report));
      String reportName = InboxFolder.baseName(name) + ".rejects.csv";
      files.finishFile(
          fileId,
          outcome.layout().name(),
          ImportRepository.IMPORTED,
          outcome.read(),
          outcome.imported(),
          outcome.rejected(),
          ImportRepository.truncate(message(outcome, reportName), 2000));
      files.settingsUsed(fileId, fingerprint());
      files.unanswered(fileId, outcome.unanswered());
      writes.finished(fileId);
      count(contribution, outcome);
      AfterCommit.run(
          () -> {
            InboxFolder.moveInto(file, workspace.processed());
            if (earlier.isPresent() && ImportRepository.IMPORTED.equals(earlier.get().status())) {
              // the reject list of the file's earlier import is out of date
              Path old =
                  workspace
                      .rejected()
                      .resolve(InboxFolder.baseName(earlier.get().name()) + ".rejects.csv");
              Files.deleteIfExists(old);
              Files.deleteIfExists(RejectReport.workbookFor(old));
            }
            if (Files.exists(report)) {
              Path csv = InboxFolder.freeName(workspace.rejected(), reportName);
              Files.move(report, csv);
              Files.move(workbook, RejectReport.workbookFor(csv));
            }
            log.info(
                "{}: {} rows imported, {} rows rejected{}",
                name,
                outcome.imported(),
                outcome.rejected(),
                outcome.rejected() == 0 ? "" : " (see rejected/" + reportName + ")");
            if (outcome.note() != null) {
              log.warn("{}: {}", name, outcome.note());
            }
            if (!outcome.unanswered().isEmpty()) {
              log.warn(
                  "{}: no answer imported for {}, although rows of the file name them (see"
                      + " rejected/{})",
                  name,
                  String.join("; ", outcome.unanswered()),
                  reportName);
            }
          },
          () -> {
            deleteQuietly(report);
            deleteQuietly(workbook);
          });
    } catch (UnreadableFileException e) {
      deleteQuietly(report);
      deleteQuietly(workbook);
      files.finishFile(
          fileId,
          ImportRepository.REJECTED,
          0,
          0,
          0,
          ImportRepository.truncate(e.getMessage(), 2000));
      writes.finished(fileId);
      AfterCommit.run(
          () -> {
            Path moved = InboxFolder.moveInto(file, workspace.rejected());
            Path reason =
                InboxFolder.freeName(workspace.rejected(), moved.getFileName() + ".reason.txt");
            Files.writeString(
                reason,
                name
                    + " was not imported: "
                    + e.getMessage()
                    + "\n"
                    + "Correct the file and drop it into inbox/ again.\n",
                StandardCharsets.UTF_8);
            log.info("{}: not imported, moved to rejected/: {}", name, e.getMessage());
          },
          () -> {});
    }
  }

  /** The ledger's message for an imported file: where its rejects are, and the note. */
  private static String message(FileImporter.Outcome outcome, String reportName) {
    String rejects =
        outcome.rejected() + outcome.partial() == 0 ? null : "rejected rows: see " + reportName;
    if (outcome.note() == null) {
      return rejects;
    }
    return rejects == null ? outcome.note() : rejects + ". " + outcome.note();
  }

  private static void count(StepContribution contribution, FileImporter.Outcome outcome) {
    for (int i = 0; i < outcome.read(); i++) {
      contribution.incrementReadCount();
    }
    contribution.incrementWriteCount(outcome.imported());
    contribution.incrementProcessSkipCount(outcome.rejected());
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("could not delete {}: {}", file, e.toString());
    }
  }
}
