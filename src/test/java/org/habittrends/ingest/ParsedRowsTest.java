package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittrends.ingest.read.UnreadableFileException;
import org.habittrends.ingest.rows.RowValidator;
import org.junit.jupiter.api.Test;

class ParsedRowsTest {

  private static ParsedRows.Row row(int line) {
    return new ParsedRows.Row(line, new RowValidator.Result(null, List.of("x")), List.of());
  }

  @Test
  void everyRowArrivesOnceAndInOrderAcrossChunks() throws Exception {
    List<Integer> lines = new ArrayList<>();
    try (ParsedRows rows =
        ParsedRows.start(
            "test",
            out -> {
              for (int line = 1; line <= 2_501; line++) {
                out.accept(row(line));
              }
            })) {
      rows.forEach(r -> lines.add(r.line()));
    }
    assertThat(lines).hasSize(2_501).isSorted().startsWith(1).endsWith(2_501);
  }

  @Test
  void aFileFoundUnreadableHalfWayIsReportedAfterTheRowsBeforeIt() {
    List<Integer> lines = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (ParsedRows rows =
                  ParsedRows.start(
                      "test",
                      out -> {
                        for (int line = 1; line <= 1_500; line++) {
                          out.accept(row(line));
                        }
                        throw new UnreadableFileException("damaged at row 1,501");
                      })) {
                rows.forEach(r -> lines.add(r.line()));
              }
            })
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("damaged at row 1,501");
    assertThat(lines).hasSize(1_500);
  }

  @Test
  void aWriterThatFailsStopsTheReadingThread() {
    AtomicInteger produced = new AtomicInteger();
    assertThatThrownBy(
            () -> {
              try (ParsedRows rows =
                  ParsedRows.start(
                      "test",
                      out -> {
                        for (int line = 1; line <= 10_000_000; line++) {
                          out.accept(row(line));
                          produced.incrementAndGet();
                        }
                      })) {
                rows.forEach(
                    r -> {
                      if (r.line() == 10) {
                        throw new IllegalStateException("database gone");
                      }
                    });
              }
            })
        .hasMessage("database gone");
    // close() waited for the reader, which stopped within the few chunks the queue holds
    assertThat(produced.get()).isLessThan(10_000);
  }
}
