package org.habittrends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.ImportSettings.DateOrder;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.ingest.layout.ExportColumns;
import org.habittrends.ingest.layout.ExportLayout;
import org.habittrends.ingest.layout.LayoutDetector;
import org.habittrends.ingest.read.ExportReader;
import org.habittrends.ingest.read.UnreadableFileException;
import org.habittrends.ingest.read.XlsxSheetStreamer;
import org.habittrends.ingest.rows.AnswerScale;
import org.habittrends.ingest.rows.DateText;
import org.habittrends.ingest.rows.ExportRowMapper;
import org.habittrends.ingest.rows.LeaderWaves;
import org.habittrends.ingest.rows.RelationshipCheck;
import org.habittrends.ingest.rows.RosterIndex;
import org.habittrends.ingest.rows.RowValidator;
import org.habittrends.ingest.rows.TemplateRow;
import org.habittrends.ingest.store.ImportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one export file in streaming passes, so memory grows with the roster, never with the
 * file: the first rows give the layout; the main pass validates every row on a reading thread
 * ({@link ParsedRows}) while this thread writes the valid ones in batches. Two further reads happen
 * only when needed: at the first date such as 03/04/2026, a read of the time column works out the
 * file's day/month order (stopping at the first value that proves it); and when an answer already
 * written was superseded by a later one of the same file, a last read copies its original values
 * into the reject report.
 */
final class FileImporter {

  private static final Logger log = LoggerFactory.getLogger(FileImporter.class);
  private static final int PROGRESS_ROWS = 100_000;

  /**
   * What became of a file's data rows; {@code partial} how many of the {@code imported} rows lost
   * an answer that could not be read (listed in the reject report too); {@code note} what the coach
   * should know besides, or null.
   */
  record Outcome(
      ExportLayout layout,
      int read,
      int imported,
      int rejected,
      int partial,
      String note,
      List<String> unanswered) {}

  private final ImportRepository repository;
  private final ImportSettings settings;
  private final AnswerScale scale;

  FileImporter(ImportRepository repository) {
    this(repository, ImportSettings.DEFAULTS);
  }

  FileImporter(ImportRepository repository, ImportSettings settings) {
    this.repository = repository;
    this.settings = settings;
    this.scale = new AnswerScale(settings);
  }

  /**
   * @param reportFile where to write the reject report (.csv; an .xlsx is written beside it),
   *     created only if a row is rejected
   * @throws UnreadableFileException when the file as a whole cannot be imported
   */
  Outcome importFile(Path file, long fileId, Path reportFile)
      throws UnreadableFileException, IOException {
    RosterIndex roster = repository.roster();
    LayoutDetector.Header header = header(file);
    ExportColumns columns = new ExportColumns(header, settings);
    ExportRowMapper mapper =
        new ExportRowMapper(
            columns,
            roster,
            settings,
            file.getFileName().toString(),
            (header.title() + " " + ExportReader.sheetName(file)).strip());
    if (columns.leader < 0 && mapper.ambiguity() != null) {
      throw new UnreadableFileException(mapper.ambiguity());
    }
    mapper.whenDatesAreAmbiguous(() -> dateOrder(file, header, mapper, roster));
    RowValidator validator =
        new RowValidator(
            roster, scale, id -> columns.questionsNotRating(id, roster.goalDetails(id)));
    RelationshipCheck relationships = new RelationshipCheck(roster, columns.relationship);
    LeaderWaves leaderWaves = new LeaderWaves(roster);
    int[] dataRows = {0};
    try (ImportBatch batch = new ImportBatch(repository, fileId, reportFile, columns.headers());
        ParsedRows rows =
            ParsedRows.start(
                file.getFileName().toString(),
                out ->
                    ExportReader.stream(
                        file,
                        (line, cells) -> {
                          if (line > header.lastHeaderLine()) {
                            TemplateRow template = mapper.row(line, cells);
                            RowValidator.Result result = validator.validate(template);
                            leaderWaves.named(template);
                            if (result.valid()) {
                              leaderWaves.answered(result.response());
                            }
                            out.accept(new ParsedRows.Row(line, result, originals(columns, cells)));
                          }
                        }))) {
      rows.forEach(
          row -> {
            if (++dataRows[0] % PROGRESS_ROWS == 0) {
              log.info("{}: {} rows read", file.getFileName(), String.format("%,d", dataRows[0]));
            }
            if (row.result().valid()) {
              SurveyResponse response = row.result().response();
              relationships.check(row.line(), response, row.originals());
              batch.accept(row.line(), response, row.originals(), row.result().partial());
            } else {
              batch.reject(row.line(), row.result().reason(), row.originals());
            }
          });
      if (dataRows[0] == 0) {
        throw new UnreadableFileException("there are no answers below the header row");
      }
      batch.flush();
      Map<Integer, String> superseded = batch.supersededEarlier();
      if (!superseded.isEmpty()) {
        streamAgain(
            file,
            (line, cells) -> {
              String reason = superseded.get(line);
              if (reason != null) {
                batch.reject(line, reason, originals(columns, cells));
              }
            });
        batch.flush();
      }
      return new Outcome(
          header.layout(),
          dataRows[0],
          batch.imported(),
          batch.rejected(),
          batch.partial(),
          note(columns, relationships, batch.partial()),
          // judged against the database once the whole import is done (DataLoss): a later file
          // may still answer these waves
          leaderWaves.unanswered((leader, wave) -> false));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** What the coach should know besides the counts, or null: nothing is skipped silently. */
  private static String note(ExportColumns columns, RelationshipCheck relationships, int partial) {
    List<String> notes = new ArrayList<>();
    if (partial > 0) {
      notes.add(
          (partial == 1 ? "1 row was" : partial + " rows were")
              + " imported without an answer that is not understood (see the reject report)");
    }
    if (columns.unmappedRelationship != null) {
      notes.add(
          "the column \""
              + columns.unmappedRelationship
              + "\" looks like the stakeholder's relationship but is not read as it, so it is not"
              + " compared with the roster; map it with import: relationship: columns: [\""
              + columns.unmappedRelationship
              + "\"]");
    }
    relationships.summary().ifPresent(notes::add);
    return notes.isEmpty() ? null : String.join(". ", notes);
  }

  /** The layout from the file's first rows. */
  LayoutDetector.Header header(Path file) throws UnreadableFileException {
    List<LayoutDetector.Line> first = new ArrayList<>();
    try {
      ExportReader.stream(
          file,
          (line, cells) -> {
            first.add(new LayoutDetector.Line(line, cells));
            if (first.size() >= LayoutDetector.ROWS_SEARCHED) {
              throw new Enough();
            }
          });
    } catch (Enough enough) {
      // the header is within the rows read
    }
    if (first.isEmpty()) {
      throw new UnreadableFileException("the file is empty");
    }
    try {
      return new LayoutDetector(settings).detect(first);
    } catch (UnreadableFileException e) {
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if ((name.endsWith(".xlsx") || name.endsWith(".xls"))
          && "csv".equals(ExportReader.kind(file))) {
        throw new UnreadableFileException(
            "the file is named like an Excel workbook but is not an Excel workbook, and as text "
                + e.getMessage(),
            e);
      }
      throw e;
    }
  }

  /** The day/month order a file's dates are read in, and why: for the log and {@code check}. */
  record DateOrderChoice(DateOrder order, String why) {}

  /**
   * The programme's setting; else the file's evidence (a day above 12); else whichever reading puts
   * more of the ambiguous dates inside a wave's dates; AUTO when nothing settles it.
   */
  private DateOrder dateOrder(
      Path file, LayoutDetector.Header header, ExportRowMapper mapper, RosterIndex roster) {
    return chooseDateOrder(file, header, mapper, roster).order();
  }

  DateOrderChoice chooseDateOrder(
      Path file, LayoutDetector.Header header, ExportRowMapper mapper, RosterIndex roster) {
    if (settings.dateOrder() != DateOrder.AUTO) {
      return new DateOrderChoice(
          settings.dateOrder(), "set by import: date-order: in programme.yml");
    }
    DateOrder[] proven = {null};
    int[] provenOn = {0};
    int[] votes = {0, 0};
    try {
      streamAgain(
          file,
          (line, cells) -> {
            if (line <= header.lastHeaderLine()) {
              return;
            }
            String text = mapper.submittedText(cells);
            DateOrder evidence = DateText.evidence(text);
            if (evidence != null) {
              proven[0] = evidence;
              provenOn[0] = line;
              throw new Enough();
            }
            if (DateText.isAmbiguous(text)) {
              votes[0] += inWave(text, DateOrder.DAY_FIRST, roster);
              votes[1] += inWave(text, DateOrder.MONTH_FIRST, roster);
            }
          });
    } catch (Enough settled) {
      return new DateOrderChoice(proven[0], "proven by a day above 12 on line " + provenOn[0]);
    }
    String tally =
        votes[0] + " ambiguous dates fall in a wave read day-first, " + votes[1] + " month-first";
    if (votes[0] != votes[1]) {
      return new DateOrderChoice(
          votes[0] > votes[1] ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST,
          "voted by the wave dates: " + tally);
    }
    return new DateOrderChoice(
        DateOrder.AUTO, "unsettled (" + tally + "); set import: date-order:");
  }

  private static int inWave(String text, DateOrder order, RosterIndex roster) {
    Optional<LocalDateTime> time = DateText.parse(text, order, false);
    return time.isPresent() && !roster.wavesOn(time.get().toLocalDate()).isEmpty() ? 1 : 0;
  }

  private static List<String> originals(ExportColumns columns, List<String> cells) {
    List<String> values = new ArrayList<>(columns.columns.size());
    for (int i = 0; i < columns.columns.size(); i++) {
      values.add(i < cells.size() && cells.get(i) != null ? cells.get(i) : "");
    }
    return values;
  }

  /** Rows are already saved: a file that fails now must fail the transaction. */
  private static void streamAgain(Path file, XlsxSheetStreamer.RowSink sink) {
    try {
      ExportReader.stream(file, sink);
    } catch (UnreadableFileException e) {
      throw new IllegalStateException(file.getFileName() + " changed while it was imported", e);
    }
  }

  /** Stops a read once enough is known. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }
}
