package org.habittrends.domain;

import java.time.LocalDateTime;
import java.util.List;

/** One stakeholder's answers about one leader in one wave. */
public record SurveyResponse(
    String leaderId,
    String stakeholderKey,
    int wave,
    LocalDateTime submittedAt,
    List<Rating> ratings,
    FollowUp followUp,
    String feedforward) {
  public SurveyResponse {
    ratings = List.copyOf(ratings);
  }
}
