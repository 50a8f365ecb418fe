package org.habittrends.ingest.read;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a sheet's text cells (inline and shared strings) itself and passes every other event on to
 * POI's sheet handler. POI builds an XMLBeans rich-text object for each text cell only to take its
 * text back, which cost more than parsing the XML; the text here is the same: all {@code <t>} text
 * of an inline string, a shared string as POI's table gives it (read once per index), with Excel's
 * {@code _xHHHH_} escapes decoded as POI does.
 */
final class StringCells extends XMLFilterImpl {

  private final SheetContentsHandler cells;
  private final SharedStrings sharedStrings;
  private final String[] shared;
  private final StringBuilder text = new StringBuilder();
  private boolean inCell;
  private boolean inlineString;
  private boolean collecting;
  private boolean hasText;
  private String reference;

  StringCells(XMLReader parent, SheetContentsHandler cells, SharedStrings sharedStrings) {
    super(parent);
    this.cells = cells;
    this.sharedStrings = sharedStrings;
    this.shared =
        new String[sharedStrings == null ? 0 : Math.max(0, sharedStrings.getUniqueCount())];
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    if (inCell) {
      collecting = "v".equals(local) || (inlineString && "t".equals(local));
      hasText |= collecting;
      return;
    }
    if ("c".equals(local)) {
      String type = atts.getValue("t");
      if ("inlineStr".equals(type) || "s".equals(type)) {
        inCell = true;
        inlineString = "inlineStr".equals(type);
        hasText = false;
        reference = atts.getValue("r");
        text.setLength(0);
        return;
      }
    }
    super.startElement(uri, local, qName, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (inCell) {
      if (collecting) {
        text.append(ch, start, length);
      }
      return;
    }
    super.characters(ch, start, length);
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    if (!inCell) {
      super.endElement(uri, local, qName);
      return;
    }
    if (!"c".equals(local)) {
      collecting = false;
      return;
    }
    inCell = false;
    if (hasText) {
      cells.cell(reference, inlineString ? decode(text.toString()) : shared(text), null);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (!inCell) {
      super.ignorableWhitespace(ch, start, length);
    }
  }

  private String shared(CharSequence index) {
    int i;
    try {
      i = Integer.parseInt(index.toString().trim());
    } catch (NumberFormatException e) {
      return null; // as POI: a cell whose index is not a number has no value
    }
    if (sharedStrings == null) {
      throw new IllegalStateException(
          "a cell refers to shared string " + i + ", but there are none");
    }
    if (i < 0 || i >= shared.length) {
      return sharedStrings.getItemAt(i).getString();
    }
    if (shared[i] == null) {
      shared[i] = sharedStrings.getItemAt(i).getString();
    }
    return shared[i];
  }

  /** Excel's escapes of characters XML cannot carry, such as _x000D_ for a carriage return. */
  static String decode(String value) {
    int at = value.indexOf("_x");
    if (at < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    int from = 0;
    for (; at >= 0; at = value.indexOf("_x", at + 1)) {
      if (at >= from && at + 7 <= value.length() && value.charAt(at + 6) == '_' && hex(value, at)) {
        out.append(value, from, at).append((char) Integer.parseInt(value, at + 2, at + 6, 16));
        from = at + 7;
      }
    }
    return out.append(value, from, value.length()).toString();
  }

  private static boolean hex(String value, int at) {
    for (int i = at + 2; i < at + 6; i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
