package org.habittrends.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Streams the rows of any export a coach may drop, choosing the reader by the file's content, never
 * by its name: .xlsx, legacy .xls (and password-protected workbooks, which are refused), or text.
 */
public final class ExportReader {

  private ExportReader() {}

  /** What kind of file this is, for the ledger. */
  public static String kind(Path file) throws UnreadableFileException {
    return switch (magic(file)) {
      case OOXML -> "xlsx";
      case OLE2 -> "xls";
      default -> "csv";
    };
  }

  /** The name of the sheet read from a workbook; empty for text files and old workbooks. */
  public static String sheetName(Path file) throws UnreadableFileException {
    return magic(file) == FileMagic.OOXML ? XlsxSheetStreamer.sheetName(file) : "";
  }

  public static void stream(Path file, XlsxSheetStreamer.RowSink sink)
      throws UnreadableFileException {
    switch (magic(file)) {
      case OOXML -> XlsxSheetStreamer.stream(file, sink);
      case OLE2 -> XlsSheetReader.stream(file, sink);
      case BIFF2, BIFF3, BIFF4 ->
          throw new UnreadableFileException(
              "this workbook is older than Excel 97; save it as .xlsx and drop it again");
      case PDF, HTML, XML, JPEG, PNG, GIF, BMP, TIFF, WORD2, EMF, WMF, RTF, MSWRITE ->
          throw new UnreadableFileException(
              "this is not a survey export but a "
                  + magic(file).name().toLowerCase(java.util.Locale.ROOT)
                  + " file; export the survey as .xlsx or .csv");
      default -> CsvSheetReader.stream(file, sink);
    }
  }

  private static FileMagic magic(Path file) throws UnreadableFileException {
    try {
      if (Files.size(file) == 0) {
        throw new UnreadableFileException("the file is empty");
      }
      return FileMagic.valueOf(file.toFile());
    } catch (IOException e) {
      throw new UnreadableFileException("the file cannot be opened: " + e.getMessage(), e);
    }
  }
}
