package org.habittrends.ingest;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.habittrends.domain.SurveyResponse;

/**
 * The answers a dry run would have stored so far, over the inbox's files in import order, so that
 * {@code check} applies {@link LatestSubmitted} as the import does: within a file and across the
 * files waiting together. Answers stored by earlier runs are not known here. Plain Java, no I/O.
 */
final class CheckedAnswers {

  /** What offering a row did: {@code rejectedLine} (this row's line or an earlier one) or null. */
  record Outcome(Integer rejectedLine, String reason) {
    static final Outcome STORED = new Outcome(null, null);
  }

  private record Answer(String file, int line, LocalDateTime submitted) {}

  private final Map<String, Answer> answers = new HashMap<>();

  /** A valid row of {@code file} at {@code line}: would it be stored, and does it supersede one? */
  Outcome offer(String file, int line, SurveyResponse response) {
    String key = StoredAnswers.key(response.leaderId(), response.stakeholderKey(), response.wave());
    Answer next = new Answer(file, line, response.submittedAt());
    Answer earlier = answers.get(key);
    if (earlier == null) {
      answers.put(key, next);
      return Outcome.STORED;
    }
    if (earlier.file().equals(file)) {
      if (LatestSubmitted.winsWithinFile(next.submitted(), earlier.submitted())) {
        answers.put(key, next);
        return new Outcome(earlier.line(), LatestSubmitted.supersededBy(line));
      }
      return new Outcome(line, LatestSubmitted.supersededBy(earlier.line()));
    }
    if (LatestSubmitted.storedIsLater(next.submitted(), earlier.submitted())) {
      return new Outcome(line, LatestSubmitted.storedLater(earlier.submitted(), earlier.file()));
    }
    answers.put(key, next); // replaces the earlier file's answer, as the import does
    return Outcome.STORED;
  }
}
