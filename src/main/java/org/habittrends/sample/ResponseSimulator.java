package org.habittrends.sample;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.domain.Wave;

/**
 * Simulates one leader's answers in one wave. Each leader-wave pair draws from its own random
 * stream, so any wave can be regenerated alone with the same result. Follow-up shifts a rater's
 * mean, reproducing the contact-sport finding: more follow-up, more perceived improvement.
 */
final class ResponseSimulator {

  private static final double FOLLOW_UP_EFFECT = 0.35;
  private static final double NOT_APPLICABLE = 0.06;
  private static final double FEEDFORWARD = 0.35;

  private final long seed;

  ResponseSimulator(long seed) {
    this.seed = seed;
  }

  List<SurveyResponse> responses(SampleCohort.Member member, Wave wave) {
    SplittableRandom random =
        new SplittableRandom(seed * 1_000_003L + member.index() * 97L + wave.number());
    List<SurveyResponse> responses = new ArrayList<>();
    for (SampleCohort.Rater rater : member.raters()) {
      if (random.nextDouble() >= member.profile().responseRate()) {
        continue;
      }
      List<Rating> ratings = new ArrayList<>();
      for (Goal goal : member.leader().goals()) {
        ratings.add(new Rating(goal.number(), rating(member, rater, goal, wave, random)));
      }
      ratings.add(new Rating(0, overall(ratings)));
      responses.add(
          new SurveyResponse(
              member.leader().id(),
              rater.stakeholder().key(),
              wave.number(),
              submitted(wave, random),
              ratings,
              followUp(rater, random),
              random.nextDouble() < FEEDFORWARD ? feedforward(random) : null));
    }
    return responses;
  }

  private static Integer rating(
      SampleCohort.Member member,
      SampleCohort.Rater rater,
      Goal goal,
      Wave wave,
      SplittableRandom random) {
    if (random.nextDouble() < NOT_APPLICABLE) {
      return null;
    }
    TrendProfile profile = member.profile();
    double mean =
        profile.mean(wave.number())
            + (rater.followUpLevel() - 2) * FOLLOW_UP_EFFECT
            + rater.bias()
            - 0.2 * (goal.number() - 1);
    long value = Math.round(mean + random.nextGaussian() * profile.spread());
    return (int) Math.max(Rating.MIN, Math.min(Rating.MAX, value));
  }

  /** Overall effectiveness (goal 0): the rounded mean of the goal ratings, N/A without any. */
  private static Integer overall(List<Rating> ratings) {
    var mean = ratings.stream().filter(Rating::isApplicable).mapToInt(Rating::value).average();
    return mean.isPresent() ? (int) Math.round(mean.getAsDouble()) : null;
  }

  /** Mostly the rater's usual level, sometimes one step off, rarely left blank. */
  private static FollowUp followUp(SampleCohort.Rater rater, SplittableRandom random) {
    double draw = random.nextDouble();
    if (draw < 0.03) {
      return null;
    }
    int level = rater.followUpLevel();
    if (draw < 0.13) {
      level = Math.max(0, Math.min(4, level + (random.nextBoolean() ? 1 : -1)));
    }
    return FollowUp.values()[level];
  }

  private static String feedforward(SplittableRandom random) {
    return SampleText.FEEDFORWARD.get(random.nextInt(SampleText.FEEDFORWARD.size()));
  }

  /** Within the first ten days of the wave's window, in office hours. */
  private static LocalDateTime submitted(Wave wave, SplittableRandom random) {
    return wave.opens()
        .atTime(8, 0)
        .plusDays(random.nextInt(10))
        .plusMinutes(random.nextInt(11 * 60));
  }
}
