package org.habittrends.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.domain.Wave;
import org.habittrends.ingest.TemplateWriter;

/**
 * Writes late-corrections.xlsx: rows the import must reject (one per reason), a stakeholder's
 * corrected wave-4 answer, submitted after the original, preceded by a superseded draft of it, and
 * a re-export of wave-2 answers a day later (the same answers, so results do not change). Like a
 * real coach's file, most of its rows import: a file that loses more than a fifth of its rows ends
 * the run with the data-loss exit code, and the sample run must exit 0.
 */
final class LateCorrections {

  private static final int GOAL_COLUMNS = 3;

  /** Wave-2 answers exported again; the file's 7 rejects stay below a fifth of its rows. */
  static final int RESUBMITTED = 30;

  private LateCorrections() {}

  /** Returns the number of rows that must be rejected. */
  static int write(Path file, SampleCohort cohort, ResponseSimulator simulator, int leaders)
      throws IOException {
    SampleCohort.Member first = cohort.members().get(0);
    Leader leader = first.leader();
    Leader oneGoal = cohort.members().get(1).leader();
    String unknownLeader = SampleCohort.leaderId(leaders + 1, leader.id().length() - 1);
    List<List<String>> bad = new ArrayList<>();
    bad.add(row(unknownLeader, "2", unknownLeader + "-S01", "2026-05-08 10:00", "+1", "", ""));
    bad.add(row(leader.id(), "2", leader.id() + "-S01", "2026-05-08 10:05", "+5", "1", ""));
    bad.add(row(leader.id(), "3", leader.id() + "-S99", "2026-07-09 11:00", "1", "0", ""));
    bad.add(row(oneGoal.id(), "3", oneGoal.id() + "-S01", "2026-07-09 11:30", "1", "+2", ""));
    bad.add(row(leader.id(), "9", leader.id() + "-S02", "2026-07-09 12:00", "2", "2", ""));
    bad.add(row(leader.id(), "3", "", "2026-07-09 12:30", "'-1", "N/A", ""));

    Wave last = SampleProgrammeGenerator.WAVES.get(SampleProgrammeGenerator.WAVES.size() - 1);
    List<SurveyResponse> answered = simulator.responses(first, last);
    String key = answered.isEmpty() ? leader.id() + "-S01" : answered.get(0).stakeholderKey();
    SurveyResponse draft = correction(leader, key, last, 17, 1);
    SurveyResponse corrected = correction(leader, key, last, 18, 2);

    try (TemplateWriter writer = TemplateWriter.open(file, GOAL_COLUMNS, true)) {
      bad.forEach(writer::writeRaw);
      writer.write(draft);
      writer.write(corrected);
      resubmitted(cohort, simulator).forEach(writer::write);
    }
    return bad.size() + 1;
  }

  /** The first {@link #RESUBMITTED} wave-2 answers, as exported again a day later. */
  private static List<SurveyResponse> resubmitted(
      SampleCohort cohort, ResponseSimulator simulator) {
    Wave second = SampleProgrammeGenerator.WAVES.get(1);
    List<SurveyResponse> again = new ArrayList<>();
    for (SampleCohort.Member member : cohort.members()) {
      for (SurveyResponse answer : simulator.responses(member, second)) {
        if (again.size() == RESUBMITTED) {
          return again;
        }
        again.add(
            new SurveyResponse(
                answer.leaderId(),
                answer.stakeholderKey(),
                answer.wave(),
                answer.submittedAt().plusDays(1),
                answer.ratings(),
                answer.followUp(),
                answer.feedforward()));
      }
    }
    return again;
  }

  private static SurveyResponse correction(
      Leader leader, String key, Wave wave, int hour, int rating) {
    List<Rating> ratings = new ArrayList<>();
    leader.goals().forEach(g -> ratings.add(new Rating(g.number(), rating)));
    ratings.add(new Rating(0, rating));
    return new SurveyResponse(
        leader.id(),
        key,
        wave.number(),
        wave.closes().atTime(hour, 0),
        ratings,
        org.habittrends.domain.FollowUp.FREQUENT,
        "Corrected answer: the change since July is real and visible in meetings.");
  }

  /** A raw row under headers Leader ID, Wave, Stakeholder, Submitted, Goal 1..3. */
  private static List<String> row(
      String leader, String wave, String stakeholder, String submitted, String... goals) {
    List<String> cells = new ArrayList<>(List.of(leader, wave, stakeholder, submitted));
    cells.addAll(List.of(goals));
    return cells;
  }
}
