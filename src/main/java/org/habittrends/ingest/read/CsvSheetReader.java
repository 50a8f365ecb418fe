package org.habittrends.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a text export (.csv, .tsv, .txt) record by record. The encoding comes from the byte-order
 * mark (UTF-8, UTF-16) or, without one, is UTF-8 when the start of the file is valid UTF-8 and
 * Windows-1252 otherwise; the delimiter is whichever of comma, semicolon and tab splits the first
 * lines into the most fields. Line numbers count records, as a spreadsheet would show the rows.
 */
public final class CsvSheetReader {

  private static final int SAMPLE = 1 << 20;
  private static final char[] DELIMITERS = {',', ';', '\t'};

  /** How the file is to be decoded. */
  record Dialect(Charset charset, int bomLength, char delimiter) {}

  private CsvSheetReader() {}

  public static void stream(Path file, XlsxSheetStreamer.RowSink sink)
      throws UnreadableFileException {
    Dialect dialect = dialect(file);
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(dialect.bomLength());
      Reader reader = new BufferedReader(new InputStreamReader(in, dialect.charset()), 1 << 16);
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setTrim(false).get();
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        int line = 0;
        for (CSVRecord record : parser) {
          line++;
          List<String> cells = new ArrayList<>(record.size());
          boolean blank = true;
          for (String value : record) {
            cells.add(value);
            blank &= value.isBlank();
          }
          if (!blank) {
            sink.row(line, cells);
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UnreadableFileException(
          "the text file cannot be read as CSV (" + e.getMessage() + ")", e);
    }
  }

  static Dialect dialect(Path file) throws UnreadableFileException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SAMPLE);
    } catch (IOException e) {
      throw new UnreadableFileException("the file cannot be opened: " + e.getMessage(), e);
    }
    Charset charset;
    int bom = 0;
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (startsWith(head, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (startsWith(head, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else {
      if (looksBinary(head)) {
        throw new UnreadableFileException(
            "this is neither a spreadsheet (.xlsx, .xls) nor a text export (.csv); export the"
                + " survey again as .xlsx or .csv");
      }
      charset = isUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }
    String text = new String(head, bom, head.length - bom, charset);
    return new Dialect(charset, bom, delimiter(text));
  }

  /** The candidate giving the most fields on any of the first lines (title rows have few). */
  static char delimiter(String text) {
    String[] lines = text.split("\r?\n", 12);
    char best = ',';
    int bestCount = 0;
    for (char candidate : DELIMITERS) {
      int most = 0;
      for (int i = 0; i < Math.min(lines.length, 11); i++) {
        most = Math.max(most, countOutsideQuotes(lines[i], candidate));
      }
      if (most > bestCount) {
        best = candidate;
        bestCount = most;
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char delimiter) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        count++;
      }
    }
    return count;
  }

  private static boolean isUtf8(byte[] head) {
    int end = head.length;
    // a sample cut inside a multi-byte character must not count as invalid
    while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
      end--;
    }
    if (end > 0 && end < head.length && (head[end - 1] & 0xC0) == 0xC0) {
      end--;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean looksBinary(byte[] head) {
    int control = 0;
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
      if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return head.length == 0 ? false : control * 20 > head.length;
  }

  private static boolean startsWith(byte[] data, int... prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((data[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
