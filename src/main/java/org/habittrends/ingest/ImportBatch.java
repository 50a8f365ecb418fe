package org.habittrends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habittrends.domain.SurveyResponse;

/**
 * Buffers one file's accepted and rejected rows and writes them in JDBC batches, applying {@link
 * LatestSubmitted} against this file's rows and the stored answers. A stored row of this file that
 * loses is listed in {@link #supersededEarlier()}, since its original values are no longer in
 * memory.
 */
final class ImportBatch implements AutoCloseable {

  private static final int SIZE = 1_000;

  /**
   * An accepted row; {@code key} is {@link StoredAnswers#key} of its answer; {@code partial} why
   * part of it was not imported, or null.
   */
  private record Pending(
      String key, ResponseStore.Accepted accepted, List<String> originals, String partial) {}

  private final ResponseStore store;
  private final StoredAnswers stored;
  private final ImportRepository repository;
  private final Set<String> answeredBefore;
  private final SeenAnswers seen = new SeenAnswers();
  private final long fileId;
  private final Path reportFile;
  private final List<String> headers;
  private final Map<String, Pending> accepted = new LinkedHashMap<>();
  private final List<ImportRepository.Reject> rejects = new ArrayList<>();
  private final Map<Integer, String> supersededEarlier = new LinkedHashMap<>();
  private RejectReport report;
  private final Set<Integer> partialLines = new java.util.HashSet<>();
  private int imported;
  private int rejected;

  ImportBatch(ImportRepository repository, long fileId, Path reportFile, List<String> headers) {
    this.store = repository.responses();
    this.repository = repository;
    this.stored = repository.storedAnswers();
    this.answeredBefore = stored.answeredLeaderWaves();
    this.fileId = fileId;
    this.reportFile = reportFile;
    this.headers = headers;
  }

  void accept(int line, SurveyResponse response, List<String> originals) {
    accept(line, response, originals, null);
  }

  /**
   * @param partial why part of the row was not imported (listed in the reject report once the row
   *     is saved), or null
   */
  void accept(int line, SurveyResponse response, List<String> originals, String partial) {
    String key = StoredAnswers.key(response.leaderId(), response.stakeholderKey(), response.wave());
    Pending next = new Pending(key, new ResponseStore.Accepted(line, response), originals, partial);
    Pending earlier = accepted.get(key);
    if (earlier != null) {
      boolean nextWins =
          LatestSubmitted.winsWithinFile(
              response.submittedAt(), earlier.accepted().response().submittedAt());
      Pending loser = nextWins ? earlier : next;
      Pending winner = nextWins ? next : earlier;
      reject(
          loser.accepted().line(),
          LatestSubmitted.supersededBy(winner.accepted().line()),
          loser.originals());
      if (!nextWins) {
        return;
      }
    }
    accepted.put(key, next);
    if (accepted.size() >= SIZE) {
      flush();
    }
  }

  void reject(int line, String reason, List<String> originals) {
    rejected++;
    rejects.add(new ImportRepository.Reject(line, reason, describe(originals)));
    report(line, reason, originals);
    if (rejects.size() >= SIZE) {
      flush();
    }
  }

  /** A saved row that is also listed in the reject report, for the part that was not imported. */
  private void partial(int line, String reason, List<String> originals) {
    partialLines.add(line);
    report(line, reason, originals);
  }

  private void report(int line, String reason, List<String> originals) {
    try {
      if (report == null) {
        report = new RejectReport(reportFile, headers);
      }
      report.add(line, reason, originals);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void flush() {
    if (!accepted.isEmpty()) {
      List<Pending> pending = new ArrayList<>(accepted.values());
      accepted.clear();
      saveNewest(pending);
    }
    if (!rejects.isEmpty()) {
      repository.saveRejects(fileId, rejects);
      rejects.clear();
    }
    repository.checkpoint();
  }

  private void saveNewest(List<Pending> pending) {
    // stored answers are looked up only where there may be one: the leader had answers in that
    // wave before this file, or this file may have written the same answer in an earlier batch;
    // a new wave's file looks up next to nothing
    Set<String> leaders = new LinkedHashSet<>();
    for (Pending p : pending) {
      SurveyResponse r = p.accepted().response();
      if (answeredBefore.contains(StoredAnswers.leaderWave(r.leaderId(), r.wave()))
          || seen.mightContain(p.key())) {
        leaders.add(r.leaderId());
      }
    }
    Map<String, StoredAnswers.StoredResponse> earlierAnswers = stored.storedResponses(leaders);
    List<ResponseStore.Accepted> save = new ArrayList<>();
    List<ResponseStore.Accepted> replacing = new ArrayList<>();
    List<String> savedKeys = new ArrayList<>();
    List<Pending> partlySaved = new ArrayList<>();
    for (Pending p : pending) {
      SurveyResponse r = p.accepted().response();
      var earlier = earlierAnswers.get(p.key());
      if (earlier != null && earlier.fileId() != null && earlier.fileId() == fileId) {
        if (LatestSubmitted.winsWithinFile(r.submittedAt(), earlier.submitted())) {
          supersededEarlier.put(earlier.line(), LatestSubmitted.supersededBy(p.accepted().line()));
          partialLines.remove(earlier.line());
          imported--;
          save.add(p.accepted());
          savedPartly(p, partlySaved);
          savedKeys.add(p.key());
          replacing.add(p.accepted());
        } else {
          reject(p.accepted().line(), LatestSubmitted.supersededBy(earlier.line()), p.originals());
        }
      } else if (earlier != null
          && LatestSubmitted.storedIsLater(r.submittedAt(), earlier.submitted())) {
        reject(
            p.accepted().line(),
            LatestSubmitted.storedLater(earlier.submitted(), earlier.fileName()),
            p.originals());
      } else {
        save.add(p.accepted());
        savedPartly(p, partlySaved);
        savedKeys.add(p.key());
        if (earlier != null) {
          replacing.add(p.accepted());
        }
      }
    }
    store.save(fileId, save, replacing);
    savedKeys.forEach(seen::add);
    imported += save.size();
    for (Pending p : partlySaved) {
      partial(p.accepted().line(), p.partial(), p.originals());
    }
  }

  private static void savedPartly(Pending p, List<Pending> partlySaved) {
    if (p.partial() != null) {
      partlySaved.add(p);
    }
  }

  /** Lines of this file already saved and then superseded, with the reason, in line order. */
  Map<Integer, String> supersededEarlier() {
    Map<Integer, String> lines = new java.util.TreeMap<>(supersededEarlier);
    supersededEarlier.clear();
    return lines;
  }

  int imported() {
    return imported;
  }

  int rejected() {
    return rejected;
  }

  /** Imported rows of which a part (an unknown follow-up level) was stored as unknown. */
  int partial() {
    return partialLines.size();
  }

  /** Original values as "Header: value" pairs, readable in the reject table. */
  private String describe(List<String> originals) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < headers.size() && i < originals.size(); i++) {
      if (!originals.get(i).isEmpty()) {
        pairs.add(headers.get(i) + ": " + originals.get(i));
      }
    }
    return String.join("; ", pairs);
  }

  @Override
  public void close() {
    if (report != null) {
      try {
        report.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
