package org.habittrends.job;

import java.time.Duration;
import java.util.Locale;

/**
 * How far a step has got: items done of an estimated total, the rate so far and the time left at
 * that rate. Pure arithmetic, so the log line and the terminal bar say the same thing.
 */
record Progress(String step, String unit, long done, long total, Duration elapsed) {

  private static final int BAR_WIDTH = 30;

  Progress {
    // The total is an estimate taken when the step started; never show more done than that.
    total = Math.max(total, 0);
    done = Math.max(0, total > 0 ? Math.min(done, total) : done);
  }

  /** Items per second so far; 0 before the first item. */
  double rate() {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** Time left at the rate so far; empty while nothing is done or the total is unknown. */
  java.util.Optional<Duration> remaining() {
    if (done == 0 || total == 0) {
      return java.util.Optional.empty();
    }
    long millis = Math.round((total - done) * (elapsed.toMillis() / (double) done));
    return java.util.Optional.of(Duration.ofMillis(millis));
  }

  int percent() {
    return total == 0 ? 0 : (int) (done * 100 / total);
  }

  /** {@code reportStep: 40 of 120 leaders (33 %), 4.2 leaders/s, about 19 s left}. */
  String line() {
    StringBuilder text = new StringBuilder(step).append(": ").append(done);
    if (total > 0) {
      text.append(" of ").append(total);
    }
    text.append(' ').append(unit);
    if (total > 0) {
      text.append(" (").append(percent()).append(" %)");
    }
    text.append(String.format(Locale.ROOT, ", %.1f %s/s", rate(), unit));
    remaining().ifPresent(left -> text.append(", about ").append(words(left)).append(" left"));
    return text.toString();
  }

  /** {@code [#########.....................] 33 % reportStep 40/120 leaders, 0:19 left}. */
  String bar() {
    int filled = total == 0 ? 0 : (int) (done * BAR_WIDTH / total);
    String left = remaining().map(d -> ", " + clock(d) + " left").orElse("");
    return String.format(
        Locale.ROOT,
        "[%s%s] %3d %% %s %d/%d %s%s",
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        percent(),
        step,
        done,
        total,
        unit,
        left);
  }

  static String words(Duration duration) {
    long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return (seconds + 30) / 60 + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
  }

  static String clock(Duration duration) {
    long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
