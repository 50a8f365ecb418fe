package org.habittrends.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.habittrends.report.pdf.PdfLeaderReportRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Leader reports per second with N threads, against a bare OpenPDF document with the same text,
 * tables and charts, measured side by side (alternating rounds) in one run. Prints; asserts only
 * that both produced documents. Run with {@code mvn test -Dgroups=benchmark
 * -Dsurefire.excludedGroups=none -Dtest=ReportRenderingBenchmark}.
 */
@Tag("benchmark")
class ReportRenderingBenchmark {

  private static final int THREADS = Integer.getInteger("benchmark.threads", 2);
  private static final int REPORTS = 200;
  private static final int ROUNDS = 7;
  private static final int WARM_UP_ROUNDS = 3;

  interface Render {
    int run(LeaderReport report) throws Exception;
  }

  @Test
  void leaderReportsPerSecondAgainstABareDocument() throws Exception {
    PdfLeaderReportRenderer renderer = new PdfLeaderReportRenderer();
    BareOpenPdfReport bare = new BareOpenPdfReport();
    Render ours =
        report -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          renderer.render(report, out);
          return out.size();
        };
    Render baseline =
        report -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          bare.render(report, out);
          return out.size();
        };
    LeaderReport report = SampleReports.zoe();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      // the JIT needs several passes over both paths before rounds compare like with like
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        measure(pool, ours, report, REPORTS);
        measure(pool, baseline, report, REPORTS);
      }
      List<Double> ratios = new ArrayList<>();
      double oursBest = 0;
      double bareBest = 0;
      for (int round = 1; round <= ROUNDS; round++) {
        double o = measure(pool, ours, report, REPORTS);
        double b = measure(pool, baseline, report, REPORTS);
        oursBest = Math.max(oursBest, o);
        bareBest = Math.max(bareBest, b);
        ratios.add(b / o);
        System.out.printf(
            "round %d: habit-trends %.1f reports/s, bare OpenPDF %.1f reports/s, ratio %.2f%n",
            round, o, b, b / o);
      }
      System.out.printf(
          "best of %d rounds, %d threads, %d cores: habit-trends %.1f reports/s, bare %.1f"
              + " reports/s, time ratio habit-trends/bare %.2f%n",
          ROUNDS,
          THREADS,
          Runtime.getRuntime().availableProcessors(),
          oursBest,
          bareBest,
          bareBest / oursBest);
      Collections.sort(ratios);
      System.out.printf(
          "median of the %d per-round time ratios habit-trends/bare: %.2f%n",
          ROUNDS, ratios.get(ratios.size() / 2));
    } finally {
      pool.shutdown();
    }
  }

  private static double measure(ExecutorService pool, Render render, LeaderReport report, int count)
      throws Exception {
    long start = System.nanoTime();
    List<Future<Integer>> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      done.add(pool.submit(() -> render.run(report)));
    }
    for (Future<Integer> f : done) {
      if (f.get() < 1000) {
        throw new AssertionError("no document written");
      }
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
