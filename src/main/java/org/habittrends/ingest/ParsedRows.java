package org.habittrends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.habittrends.ingest.read.UnreadableFileException;
import org.habittrends.ingest.rows.RowValidator;

/**
 * Reads, maps and validates a file's rows on a thread of its own and hands them over in chunks, so
 * that parsing the next rows overlaps writing the last ones; the database work stays on the
 * caller's thread, which owns the transaction. A few chunks wait at most, so memory stays bounded.
 */
final class ParsedRows implements AutoCloseable {

  /** A data row: its line, what validation made of it, and its original values. */
  record Row(int line, RowValidator.Result result, List<String> originals) {}

  /** Produces the rows of a file, in order, on the reading thread. */
  interface Reader {
    void read(Consumer<Row> out) throws UnreadableFileException, IOException;
  }

  private static final int CHUNK = 1_000;
  private static final List<Row> END = List.of();

  private final BlockingQueue<List<Row>> chunks = new ArrayBlockingQueue<>(4);
  private final Thread thread;
  private volatile boolean closed;
  private volatile Throwable failure;
  private List<Row> filling = new ArrayList<>(CHUNK); // the reading thread's only

  private ParsedRows(String name, Reader reader) {
    thread = new Thread(() -> produce(reader), "import " + name);
    thread.setDaemon(true);
  }

  static ParsedRows start(String name, Reader reader) {
    ParsedRows rows = new ParsedRows(name, reader);
    rows.thread.start();
    return rows;
  }

  private void produce(Reader reader) {
    try {
      reader.read(this::add);
    } catch (Stopped stopped) {
      return;
    } catch (Throwable e) {
      failure = e; // rethrown to the caller after the rows read before it
    }
    try {
      if (!filling.isEmpty()) {
        hand(filling);
      }
      hand(END);
    } catch (Stopped stopped) {
      // the caller has gone
    }
  }

  /** On the reading thread: collects a row, handing over each full chunk. */
  private void add(Row row) {
    filling.add(row);
    if (filling.size() == CHUNK) {
      hand(filling);
      filling = new ArrayList<>(CHUNK);
    }
  }

  /** Waits for room, giving up once the caller has closed. */
  private void hand(List<Row> chunk) {
    try {
      while (!closed) {
        if (chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new Stopped();
  }

  /**
   * Passes every row, in file order, to {@code each}; then rethrows what stopped the reading, if
   * anything did.
   */
  void forEach(Consumer<Row> each) throws UnreadableFileException, IOException {
    try {
      for (List<Row> chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
        chunk.forEach(each);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the import was interrupted", e);
    }
    Throwable e = failure;
    if (e instanceof UnreadableFileException unreadable) {
      throw unreadable;
    } else if (e instanceof IOException io) {
      throw io;
    } else if (e instanceof UncheckedIOException io) {
      throw io.getCause();
    } else if (e instanceof RuntimeException runtime) {
      throw runtime;
    } else if (e instanceof Error error) {
      throw error;
    } else if (e != null) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the reading thread if it is still going, and waits for it. */
  @Override
  public void close() {
    closed = true;
    chunks.clear();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Unwinds the reader once nobody takes its rows. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }
}
