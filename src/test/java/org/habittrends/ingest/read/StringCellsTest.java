package org.habittrends.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.habittrends.ingest.ExportFixturesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Text cells read without POI's rich-text objects give exactly what POI's own handler gives. */
class StringCellsTest {

  @Test
  void inlineRichAndSharedTextCellsAndEscapes() throws Exception {
    String sheet =
        sheet(
            "<row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>Leader ID</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t xml:space=\"preserve\">"
                + "Goal </t></r><r><t>1</t></r></is></c>"
                + "<c r=\"C1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>line_x000D_two</t></is></c>"
                + "<c r=\"E1\" t=\"s\"/>"
                + "<c r=\"F1\" s=\"0\"><v>2.5</v></c>"
                + "<c r=\"G1\" t=\"s\"><v>1</v></c>"
                + "</row>");
    SharedStrings strings = strings("<si><t>first</t></si><si><t>Somewhat _x0026_ more</t></si>");
    assertThat(cells(sheet, strings, true))
        .containsExactly(
            "A1=Leader ID",
            "B1=Goal 1",
            "C1=Somewhat & more",
            "D1=line\rtwo",
            "F1=2.5",
            "G1=Somewhat & more")
        .isEqualTo(cells(sheet, strings, false));
  }

  @Test
  void decodesOnlyWellFormedEscapes() {
    assertThat(StringCells.decode("plain")).isEqualTo("plain");
    assertThat(StringCells.decode("a_x000A_b_x0009_c")).isEqualTo("a\nb\tc");
    assertThat(StringCells.decode("_x00_ and _xZZZZ_ and _x0041"))
        .isEqualTo("_x00_ and _xZZZZ_ and _x0041");
    assertThat(StringCells.decode("_x_x0041_")).isEqualTo("_xA");
  }

  static Stream<Path> workbooks() throws Exception {
    return Stream.concat(
            Files.list(ExportFixturesTest.FIXTURES), Files.list(Path.of("sample-data/inbox")))
        .filter(p -> p.getFileName().toString().endsWith(".xlsx"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("workbooks")
  void everyWorkbookReadsAsPoiReadsIt(Path workbook) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      reader.setUseReadOnlySharedStringsTable(true);
      SharedStrings strings = reader.getSharedStringsTable();
      StylesTable styles = reader.getStylesTable();
      byte[] sheet;
      try (InputStream in = reader.getSheetsData().next()) {
        sheet = in.readAllBytes();
      }
      List<String> ours = cells(new String(sheet, StandardCharsets.UTF_8), strings, styles, true);
      assertThat(ours).isNotEmpty();
      assertThat(ours)
          .isEqualTo(cells(new String(sheet, StandardCharsets.UTF_8), strings, styles, false));
    }
  }

  private static List<String> cells(String sheet, SharedStrings strings, boolean ours)
      throws Exception {
    return cells(sheet, strings, new StylesTable(), ours);
  }

  /** "A1=text" for every cell POI's handler reports, with or without StringCells in front. */
  private static List<String> cells(
      String sheet, SharedStrings strings, StylesTable styles, boolean ours) throws Exception {
    List<String> seen = new ArrayList<>();
    SheetContentsHandler recorder =
        new SheetContentsHandler() {
          @Override
          public void startRow(int rowNum) {}

          @Override
          public void endRow(int rowNum) {}

          @Override
          public void cell(String reference, String value, XSSFComment comment) {
            seen.add(reference + "=" + value);
          }
        };
    XMLReader parser = XMLHelper.newXMLReader();
    XMLReader reading = ours ? new StringCells(parser, recorder, strings) : parser;
    reading.setContentHandler(
        new XSSFSheetXMLHandler(
            styles, null, strings, recorder, new RawCellFormatter(false), false));
    reading.parse(
        new InputSource(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8))));
    return seen;
  }

  private static String sheet(String rows) {
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  private static SharedStrings strings(String items) throws Exception {
    String sst =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + items
            + "</sst>";
    return new ReadOnlySharedStringsTable(
        new ByteArrayInputStream(sst.getBytes(StandardCharsets.UTF_8)));
  }
}
