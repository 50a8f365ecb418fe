package org.habittrends.report.pdf;

import java.awt.Color;
import org.habittrends.domain.Verdict;

/** REPORT-STYLE.md as constants: one accent, greys, the RdBu scale and the verdict symbols. */
final class Style {

  static final float MM = 72f / 25.4f;
  static final float MARGIN = 18 * MM;

  static final Color ACCENT = new Color(0x2166ac);
  static final Color TEXT = new Color(0x222222);
  static final Color SECONDARY = new Color(0x6b6b6b);
  static final Color RULE = new Color(0xcccccc);
  static final Color GRID = new Color(0xe3e3e3);
  static final Color BAND = new Color(0xd1e5f0);
  static final Color TABLE_HEAD = new Color(0xf2f2f2);
  static final Color DECLINE = new Color(0xb2182b);

  /** Perceived change −3..+3: ColorBrewer RdBu, 7 classes, the same everywhere. */
  static final Color[] SCALE = {
    new Color(0xb2182b),
    new Color(0xef8a62),
    new Color(0xfddbc7),
    new Color(0xf7f7f7),
    new Color(0xd1e5f0),
    new Color(0x67a9cf),
    new Color(0x2166ac)
  };

  static final float BODY = 10.5f;
  static final float SMALL = 8.5f;
  static final float H1 = 16f;
  static final float H2 = 13f;
  static final float H3 = 11f;
  static final float LEADING = 1.3f;

  private Style() {}

  /** A symbol beside every verdict word, so meaning never rests on colour alone. */
  static String symbol(Verdict verdict) {
    return switch (verdict) {
      case IMPROVING_SIGNIFICANT -> "\u25B2"; // ▲
      case IMPROVING -> "\u2197"; // ↗
      case NO_CLEAR_CHANGE -> "\u2192"; // →
      case DECLINING -> "\u25BC"; // ▼
      case INSUFFICIENT_DATA -> "\u25CB"; // ○
    };
  }

  static Color colour(Verdict verdict) {
    return switch (verdict) {
      case IMPROVING_SIGNIFICANT, IMPROVING -> ACCENT;
      case DECLINING -> DECLINE;
      case NO_CLEAR_CHANGE, INSUFFICIENT_DATA -> SECONDARY;
    };
  }
}
