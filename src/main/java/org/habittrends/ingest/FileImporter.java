package org.habittrends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.SurveyResponse;

/**
 * Imports one template file in two streaming passes, so memory grows with the roster, never with
 * the file. Pass 1 validates every row and finds, for each leader, stakeholder and wave, the row
 * that wins (the latest Submitted; a row without a time loses to one with a time; on a tie, the
 * later line). Pass 2 writes the winners in batches and rejects everything else with its line and a
 * reason.
 */
final class FileImporter {

  /** What became of a file's data rows. */
  record Outcome(int read, int imported, int rejected) {}

  private record Winner(int line, LocalDateTime submitted) {}

  private final ImportRepository repository;

  FileImporter(ImportRepository repository) {
    this.repository = repository;
  }

  /**
   * @param reportFile where to write the reject report, created only if a row is rejected
   * @throws UnreadableFileException when the file as a whole cannot be imported
   */
  Outcome importFile(Path file, long fileId, Path reportFile)
      throws UnreadableFileException, IOException {
    RowValidator validator = new RowValidator(repository.roster());
    TemplateColumns columns = header(file);
    Map<String, Winner> winners = new HashMap<>();
    int[] dataRows = {0};
    stream(
        file,
        (line, cells) -> {
          dataRows[0]++;
          SurveyResponse r = validator.validate(columns.row(line, cells)).response();
          if (r != null) {
            Winner candidate = new Winner(line, r.submittedAt());
            winners.merge(key(r), candidate, FileImporter::later);
          }
        });
    if (dataRows[0] == 0) {
      throw new UnreadableFileException("there are no answers below the header row");
    }
    Map<String, Integer> winningLines = new HashMap<>();
    winners.forEach((k, w) -> winningLines.put(k, w.line()));
    try (ImportBatch batch = new ImportBatch(repository, fileId, reportFile, columns.headers())) {
      streamAgain(
          file,
          (line, cells) -> {
            RowValidator.Result result = validator.validate(columns.row(line, cells));
            List<String> originals = columns.originals(cells);
            if (!result.valid()) {
              batch.reject(line, result.reason(), originals);
              return;
            }
            int winner = winningLines.get(key(result.response()));
            if (winner != line) {
              batch.reject(
                  line, "superseded by line " + winner + " (latest Submitted wins)", originals);
            } else {
              batch.accept(line, result.response(), originals);
            }
          });
      batch.flush();
      return new Outcome(dataRows[0], batch.imported(), batch.rejected());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static TemplateColumns header(Path file) throws UnreadableFileException {
    TemplateColumns[] header = {null};
    try {
      XlsxSheetStreamer.stream(
          file,
          (line, cells) -> {
            header[0] = TemplateColumns.of(cells);
            throw new HeaderFound();
          });
    } catch (HeaderFound found) {
      // only the first row was wanted
    }
    if (header[0] == null) {
      throw new UnreadableFileException("the first sheet is empty");
    }
    List<String> missing = header[0].missing();
    if (!missing.isEmpty()) {
      throw new UnreadableFileException(
          "the first row lacks the column(s) "
              + String.join(", ", missing)
              + "; the template's header row is "
              + String.join(" | ", TemplateWriter.headers(3)));
    }
    return header[0];
  }

  /** Streams the data rows below the header. */
  private static void stream(Path file, XlsxSheetStreamer.RowSink sink)
      throws UnreadableFileException {
    boolean[] headerSeen = {false};
    XlsxSheetStreamer.stream(
        file,
        (line, cells) -> {
          if (headerSeen[0]) {
            sink.row(line, cells);
          }
          headerSeen[0] = true;
        });
  }

  /** Rows are already saved in pass 2: a file that fails now must fail the transaction. */
  private static void streamAgain(Path file, XlsxSheetStreamer.RowSink sink) {
    try {
      stream(file, sink);
    } catch (UnreadableFileException e) {
      throw new IllegalStateException(file.getFileName() + " changed while it was imported", e);
    }
  }

  private static Winner later(Winner earlier, Winner next) {
    if (earlier.submitted() != null
        && next.submitted() != null
        && earlier.submitted().isAfter(next.submitted())) {
      return earlier;
    }
    return earlier.submitted() != null && next.submitted() == null ? earlier : next;
  }

  private static String key(SurveyResponse r) {
    return ImportRepository.key(r.leaderId(), r.stakeholderKey(), r.wave());
  }

  /** Stops the header read after the first row. */
  private static final class HeaderFound extends RuntimeException {
    HeaderFound() {
      super(null, null, false, false);
    }
  }
}
