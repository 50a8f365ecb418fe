package org.habittrends.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.habittrends.ingest.ExportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSheetReaderTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1} bom={2}")
  @CsvSource({
    "UTF-8,        ',',  false",
    "UTF-8,        ';',  true",
    "UTF-16LE,     '\t', true",
    "UTF-16BE,     ',',  true",
    "windows-1252, ';',  false"
  })
  void readsEveryEncodingAndDelimiter(String charset, char delimiter, boolean bom)
      throws Exception {
    Path file = dir.resolve("answers.csv");
    try (ExportWriter out = ExportWriter.csv(file, Charset.forName(charset), bom, delimiter)) {
      out.row(List.of("Stakeholder", "Feedforward, please", "Goal 1"));
      out.row(List.of("Zoë", "Très \"bien\"; merci", "-2"));
    }
    List<List<String>> rows = new ArrayList<>();
    CsvSheetReader.stream(file, (line, cells) -> rows.add(cells));
    assertThat(rows)
        .containsExactly(
            List.of("Stakeholder", "Feedforward, please", "Goal 1"),
            List.of("Zoë", "Très \"bien\"; merci", "-2"));
  }

  @Test
  void titleRowsDoNotDecideTheDelimiter() {
    assertThat(CsvSheetReader.delimiter("Survey; wave 1\n\nA\tB\tC\tD\n1\t2\t3\t4\n"))
        .isEqualTo('\t');
  }

  @Test
  void binaryContentIsNotReadAsText() throws Exception {
    Path file = dir.resolve("x.csv");
    Files.write(file, new byte[] {1, 2, 0, 4, 5});
    assertThatThrownBy(() -> CsvSheetReader.dialect(file))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("neither a spreadsheet");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252() throws Exception {
    Path file = dir.resolve("x.csv");
    Files.write(file, "caf\u00e9,na\u00efve".getBytes(Charset.forName("windows-1252")));
    assertThat(CsvSheetReader.dialect(file).charset()).isEqualTo(Charset.forName("windows-1252"));
    Files.writeString(file, "caf\u00e9,na\u00efve", StandardCharsets.UTF_8);
    assertThat(CsvSheetReader.dialect(file).charset()).isEqualTo(StandardCharsets.UTF_8);
  }
}
