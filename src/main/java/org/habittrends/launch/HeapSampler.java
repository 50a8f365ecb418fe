package org.habittrends.launch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * For {@code benchmark}: samples the heap in use every few milliseconds on a daemon thread, so each
 * step's peak can be read afterwards from its start and end time. "After GC" is the heap the last
 * collection of each pool left, the nearest a sample comes to the live data.
 */
final class HeapSampler implements AutoCloseable {

  private static final long INTERVAL_MILLIS = 20;

  record Sample(long atMillis, long used, long afterGc) {}

  record Peak(long used, long afterGc) {
    String describe() {
      return String.format("peak heap %d MB (%d MB after GC)", used >> 20, afterGc >> 20);
    }
  }

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      long used = 0;
      long afterGc = 0;
      for (MemoryPoolMXBean pool : pools) {
        used += pool.getUsage().getUsed();
        MemoryUsage collected = pool.getCollectionUsage();
        afterGc += collected == null ? 0 : collected.getUsed();
      }
      synchronized (samples) {
        samples.add(new Sample(System.currentTimeMillis(), used, afterGc));
      }
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The highest samples taken between the two times (local, as Spring Batch records them). */
  Peak peak(LocalDateTime from, LocalDateTime to) {
    return peak(samplesCopy(), millis(from), millis(to));
  }

  Peak overall() {
    return peak(samplesCopy(), Long.MIN_VALUE, Long.MAX_VALUE);
  }

  static Peak peak(List<Sample> samples, long from, long to) {
    long used = 0;
    long afterGc = 0;
    for (Sample s : samples) {
      if (s.atMillis() >= from && s.atMillis() <= to) {
        used = Math.max(used, s.used());
        afterGc = Math.max(afterGc, s.afterGc());
      }
    }
    return new Peak(used, afterGc);
  }

  private List<Sample> samplesCopy() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  private static long millis(LocalDateTime time) {
    return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
