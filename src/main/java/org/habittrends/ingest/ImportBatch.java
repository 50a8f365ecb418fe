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
 * Buffers one file's accepted and rejected rows and writes them in JDBC batches. An accepted row
 * replaces an answer stored from an earlier file unless that answer was submitted later, in which
 * case this row is rejected: the latest Submitted wins across files as within one.
 */
final class ImportBatch implements AutoCloseable {

  private static final int SIZE = 500;

  private record Pending(ImportRepository.Accepted accepted, List<String> originals) {}

  private final ImportRepository repository;
  private final long fileId;
  private final Path reportFile;
  private final List<String> headers;
  private final Map<String, Pending> accepted = new LinkedHashMap<>();
  private final List<ImportRepository.Reject> rejects = new ArrayList<>();
  private RejectReport report;
  private int imported;
  private int rejected;

  ImportBatch(ImportRepository repository, long fileId, Path reportFile, List<String> headers) {
    this.repository = repository;
    this.fileId = fileId;
    this.reportFile = reportFile;
    this.headers = headers;
  }

  void accept(int line, SurveyResponse response, List<String> originals) {
    String key =
        ImportRepository.key(response.leaderId(), response.stakeholderKey(), response.wave());
    accepted.put(key, new Pending(new ImportRepository.Accepted(line, response), originals));
    if (accepted.size() >= SIZE) {
      flush();
    }
  }

  void reject(int line, String reason, List<String> originals) {
    rejected++;
    rejects.add(new ImportRepository.Reject(line, reason, describe(originals)));
    try {
      if (report == null) {
        report = new RejectReport(reportFile, headers);
      }
      report.add(line, reason, originals);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rejects.size() >= SIZE) {
      flush();
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
  }

  private void saveNewest(List<Pending> pending) {
    Set<String> leaders = new LinkedHashSet<>();
    pending.forEach(p -> leaders.add(p.accepted().response().leaderId()));
    Map<String, ImportRepository.StoredResponse> stored = repository.storedResponses(leaders);
    List<ImportRepository.Accepted> save = new ArrayList<>();
    for (Pending p : pending) {
      SurveyResponse r = p.accepted().response();
      var earlier = stored.get(ImportRepository.key(r.leaderId(), r.stakeholderKey(), r.wave()));
      if (earlier != null
          && earlier.submitted() != null
          && r.submittedAt() != null
          && earlier.submitted().isAfter(r.submittedAt())) {
        reject(
            p.accepted().line(),
            "an answer submitted later ("
                + earlier.submitted().toString().replace('T', ' ')
                + ", from "
                + earlier.fileName()
                + ") is already stored",
            p.originals());
      } else {
        save.add(p.accepted());
      }
    }
    repository.saveResponses(fileId, save);
    imported += save.size();
  }

  int imported() {
    return imported;
  }

  int rejected() {
    return rejected;
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
