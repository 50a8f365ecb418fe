package org.habittrends.domain;

import java.util.List;
import java.util.Map;

/**
 * How a programme's survey exports map onto leaders, waves, stakeholders, goals and ratings: the
 * {@code import:} section of programme.yml. Everything is optional; what a programme gives is tried
 * before the built-in defaults. A column or question is named by text contained in its header (case
 * and spacing ignored) or by a regular expression written as {@code /.../}.
 *
 * @param leaderColumns the column naming the row's leader (id, name or e-mail)
 * @param leaderFromFileName a regular expression with a group {@code leader} applied to the file
 *     name; without it, a roster leader id that appears in the file name is used
 * @param waveColumns the column naming the row's wave
 * @param waveFromFileName a regular expression with a group {@code wave}
 * @param stakeholderColumns the column naming the stakeholder (key, e-mail, name or respondent id)
 * @param relationshipColumns the column giving the stakeholder's relationship group
 * @param goalQuestions questions mapped to a goal number or a habit code
 * @param ratingLabels answer text mapped to a rating, e.g. "Bastante más eficaz" → 2
 * @param ratingCodes numeric answer codes of choice-coded exports (Qualtrics) mapped to a rating
 * @param followUpLabels answer text mapped to a follow-up level
 * @param notApplicable further answers that mean N/A
 * @param dateOrder how to read dates like 03/04/2026 when a file does not settle it
 * @param files fixed leader and/or wave for files whose name matches
 */
public record ImportSettings(
    List<String> leaderColumns,
    String leaderFromFileName,
    List<String> waveColumns,
    String waveFromFileName,
    List<String> stakeholderColumns,
    List<String> relationshipColumns,
    List<GoalQuestion> goalQuestions,
    List<String> followUpQuestions,
    List<String> feedforwardQuestions,
    Map<String, Integer> ratingLabels,
    Map<String, Integer> ratingCodes,
    Map<String, FollowUp> followUpLabels,
    List<String> notApplicable,
    DateOrder dateOrder,
    List<FileRule> files,
    Double maxRejectShare) {

  /** No programme-specific mapping: the defaults alone. */
  public static final ImportSettings DEFAULTS =
      new ImportSettings(
          List.of(),
          null,
          List.of(),
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          List.of(),
          DateOrder.AUTO,
          List.of(),
          null);

  public ImportSettings {
    leaderColumns = List.copyOf(leaderColumns);
    waveColumns = List.copyOf(waveColumns);
    stakeholderColumns = List.copyOf(stakeholderColumns);
    relationshipColumns = List.copyOf(relationshipColumns);
    goalQuestions = List.copyOf(goalQuestions);
    followUpQuestions = List.copyOf(followUpQuestions);
    feedforwardQuestions = List.copyOf(feedforwardQuestions);
    ratingLabels = Map.copyOf(ratingLabels);
    ratingCodes = Map.copyOf(ratingCodes);
    followUpLabels = Map.copyOf(followUpLabels);
    notApplicable = List.copyOf(notApplicable);
    files = List.copyOf(files);
  }

  /**
   * A question that rates goal {@code goal} of the row's leader, or the goal with {@code habit}.
   */
  public record GoalQuestion(String question, Integer goal, String habit) {}

  /** Files whose name matches {@code name} (text or /regex/) belong to this leader and/or wave. */
  public record FileRule(String name, String leader, Integer wave) {}

  /** Reading of numeric dates whose day and month are both 12 or less. */
  public enum DateOrder {
    AUTO,
    DAY_FIRST,
    MONTH_FIRST
  }
}
