package org.habittrends.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first visible sheet of an .xlsx row by row with POI's SAX API, so memory stays
 * bounded whatever the number of rows (the shared-strings table is the only part held in memory).
 * Blank rows are skipped; formulas give their cached values. POI's zip-bomb and XXE guards stay on.
 */
public final class XlsxSheetStreamer {

  /** Receives each non-blank row with its 1-based line number. */
  public interface RowSink {
    void row(int line, List<String> cells);
  }

  private XlsxSheetStreamer() {}

  public static void stream(Path file, RowSink sink) throws UnreadableFileException {
    checkKind(file);
    SinkGuard guard = new SinkGuard(sink);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      reader.setUseReadOnlySharedStringsTable(true);
      List<Boolean> visible = new ArrayList<>();
      boolean date1904 = isDate1904(reader, visible, new ArrayList<>());
      int first = visible.indexOf(Boolean.TRUE);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext() || first < 0) {
        throw new UnreadableFileException("the workbook has no visible sheet");
      }
      for (int i = 0; i < first; i++) {
        sheets.next().close();
      }
      try (InputStream sheet = sheets.next()) {
        SharedStrings strings = reader.getSharedStringsTable();
        StringCells parser = new StringCells(XMLHelper.newXMLReader(), guard, strings);
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                strings,
                guard,
                new RawCellFormatter(date1904),
                false));
        parser.parse(new InputSource(sheet));
      }
    } catch (UnreadableFileException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      if (guard.failure != null) {
        throw guard.failure;
      }
      throw new UnreadableFileException(reason(e), e);
    }
  }

  /** Words for the coach; POI's safety guards are named, not quoted. */
  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb")) {
        return "the workbook would expand to far more data than its size suggests (a possible"
            + " zip bomb), so it was not opened; export the survey again";
      }
      if (message.contains("DOCTYPE")) {
        return "the workbook contains XML declarations that Excel never writes (DOCTYPE or"
            + " entities), so it was not opened for safety; export the survey again";
      }
    }
    return "the file is damaged or is not an Excel workbook; export the survey again as .xlsx"
        + " or .csv ("
        + e.getClass().getSimpleName()
        + ")";
  }

  private static void checkKind(Path file) throws UnreadableFileException {
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(file.toFile());
    } catch (IOException e) {
      throw new UnreadableFileException("the file cannot be opened: " + e.getMessage(), e);
    }
    if (magic == FileMagic.OLE2) {
      throw new UnreadableFileException(
          "this is an Excel 97-2003 (.xls) or password-protected workbook, which cannot be read"
              + " yet; save it as an unprotected .xlsx workbook and drop it again");
    }
    if (magic != FileMagic.OOXML) {
      throw new UnreadableFileException(
          "this is not an Excel workbook (.xlsx); export the survey as .xlsx and drop it again");
    }
  }

  /** Reads the date system and, into {@code visible}, which sheets are not hidden. */
  /**
   * The name of the sheet {@link #stream} reads, which a coach may have named after the leader;
   * empty when the workbook cannot tell (its rows then say why).
   */
  static String sheetName(Path file) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      List<Boolean> visible = new ArrayList<>();
      List<String> names = new ArrayList<>();
      isDate1904(new XSSFReader(pkg), visible, names);
      int first = visible.indexOf(Boolean.TRUE);
      return first < 0 || first >= names.size() ? "" : names.get(first);
    } catch (Exception | LinkageError e) {
      return "";
    }
  }

  private static boolean isDate1904(XSSFReader reader, List<Boolean> visible, List<String> names)
      throws Exception {
    boolean[] date1904 = {false};
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            if ("workbookPr".equals(local)) {
              String value = atts.getValue("date1904");
              date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if ("sheet".equals(local)) {
              String state = atts.getValue("state");
              visible.add(state == null || "visible".equals(state));
              String name = atts.getValue("name");
              names.add(name == null ? "" : name);
            }
          }
        });
    try (InputStream workbook = reader.getWorkbookData()) {
      parser.parse(new InputSource(workbook));
    }
    return date1904[0];
  }

  /** Collects a row's cells by column and keeps a failure of the sink apart from file errors. */
  private static final class SinkGuard implements SheetContentsHandler {
    private final RowSink sink;
    private final List<String> cells = new ArrayList<>();
    private int line;
    private RuntimeException failure;

    SinkGuard(RowSink sink) {
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      line = rowNum + 1;
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? -1 : column(reference);
      if (column < 0) {
        column = cells.size();
      }
      while (cells.size() <= column) {
        cells.add("");
      }
      cells.set(column, value == null ? "" : value);
    }

    private static boolean isBlank(List<String> cells) {
      for (String cell : cells) {
        if (!cell.isBlank()) {
          return false;
        }
      }
      return true;
    }

    /**
     * The 0-based column of a reference such as "AB12", -1 without letters; CellReference does this
     * by regular expression, which cost more than the rest of reading a cell.
     */
    private static int column(String reference) {
      int column = 0;
      for (int i = 0; i < reference.length(); i++) {
        char c = Character.toUpperCase(reference.charAt(i));
        if (c >= 'A' && c <= 'Z') {
          column = column * 26 + (c - 'A' + 1);
        } else if (c != '$') {
          break;
        }
      }
      return column - 1;
    }

    @Override
    public void endRow(int rowNum) {
      if (isBlank(cells)) {
        return;
      }
      try {
        sink.row(line, List.copyOf(cells));
      } catch (RuntimeException e) {
        failure = e;
        throw new SinkStopped(e);
      }
    }
  }

  /** Unwinds the SAX parser after the sink failed. */
  private static final class SinkStopped extends RuntimeException {
    SinkStopped(RuntimeException cause) {
      super(cause);
    }
  }
}
