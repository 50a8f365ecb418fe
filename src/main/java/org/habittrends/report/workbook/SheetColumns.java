package org.habittrends.report.workbook;

import java.util.ArrayList;
import java.util.List;

/** The columns of every data sheet: headers in the sheet, meanings on the About sheet. */
final class SheetColumns {

  private SheetColumns() {}

  private static final List<Column> KEY =
      List.of(
          Column.of("Leader ID", "the leader's id in the roster"),
          Column.wide("Leader", "the leader's name"),
          Column.of("Goal no", "1..3: the leader's goal; 0: the overall-effectiveness question"),
          Column.wide("Goal", "the leader's wording, else the habit's title"));

  static final List<Column> WAVES =
      concat(
          KEY,
          Column.of("Wave", "wave number"),
          Column.of("Wave label", "the wave's label in programme.yml"),
          Column.of("Invited", "stakeholders on the leader's roster"),
          Column.of("Response rate", "stakeholders who submitted a response in the wave / invited"),
          Column.of("n", "ratings on this goal, N/A excluded"),
          Column.of("Mean", "mean perceived change, −3..+3"),
          Column.of("SD", "sample standard deviation"),
          Column.of("CI low", "95 % confidence interval of the mean (Student t), lower end"),
          Column.of("CI high", "upper end"),
          Column.of("Rated −3", "ratings of −3 (much less effective)"),
          Column.of("Rated −2", "ratings of −2"),
          Column.of("Rated −1", "ratings of −1"),
          Column.of("Rated 0", "ratings of 0 (no change)"),
          Column.of("Rated +1", "ratings of +1"),
          Column.of("Rated +2", "ratings of +2"),
          Column.of("Rated +3", "ratings of +3 (much more effective)"),
          Column.of("Improved", "share of ratings above 0"),
          Column.of("Unchanged", "share of ratings at 0"),
          Column.of("Worse", "share of ratings below 0"),
          Column.of("Target met", "yes when the mean exceeds +1"));

  static final List<Column> TRENDS =
      concat(
          KEY,
          Column.of("Waves", "waves with ratings"),
          Column.of("n", "ratings over all waves"),
          Column.of("Slope", "least-squares change of the rating per wave"),
          Column.of(
              "Slope SE (clustered)",
              "standard error of the slope, clustered by stakeholder (CR1): the same people rate"
                  + " every wave; empty with one stakeholder"),
          Column.of("Slope df", "degrees of freedom of the slope's t: stakeholders who rated − 1"),
          Column.of("Slope CI low", "95 % confidence interval of the slope, lower end"),
          Column.of("Slope CI high", "upper end"),
          Column.of(
              "Slope p",
              "two-sided p-value of the slope against 0; empty with fewer than 3 stakeholders"),
          Column.of("Final wave", "the last wave with ratings"),
          Column.of("Final n", "ratings in the final wave"),
          Column.of("Final mean", "mean of the final wave"),
          Column.of("Final t", "one-sample t statistic of the final wave against 0"),
          Column.of("Final p", "its two-sided p-value"),
          Column.of(
              "Paired n", "stakeholders who rated both the first and the final wave with ratings"),
          Column.of(
              "Paired change", "their mean change between those waves (final − first rating)"),
          Column.of("Paired CI low", "95 % paired-t confidence interval of that change, lower end"),
          Column.of("Paired CI high", "upper end"),
          Column.wide("Verdict", "see README, Statistics and anonymity"));

  static final List<Column> GROUPS =
      concat(
          KEY,
          Column.of("Wave", "wave number"),
          Column.wide("Relationship", "relationship group of the stakeholders"),
          Column.of("n", "ratings from the group, N/A excluded"),
          Column.of("Mean", "mean perceived change"),
          Column.of("SD", "sample standard deviation"),
          Column.of("CI low", "95 % confidence interval of the mean, lower end"),
          Column.of("CI high", "upper end"));

  static final List<Column> HABITS =
      List.of(
          Column.of("Habit code", "habit code; OVERALL is the overall-effectiveness question"),
          Column.wide("Habit", "the habit's title"),
          Column.of("Wave", "wave number"),
          Column.of("Wave label", "the wave's label in programme.yml"),
          Column.of("Leaders", "leaders with at least one rating on this habit in the wave"),
          Column.of("n", "ratings, N/A excluded"),
          Column.of("Mean", "mean perceived change of all these ratings"),
          Column.of("SD", "sample standard deviation"),
          Column.of("CI low", "95 % confidence interval of the mean, lower end"),
          Column.of("CI high", "upper end"));

  static final List<Column> FOLLOW_UP =
      List.of(
          Column.wide("Follow-up", "how often the leader followed up, as the stakeholder said"),
          Column.of("n", "goal ratings in each leader's final wave with responses"),
          Column.of("Mean", "mean perceived change"),
          Column.of("Rated −3", "ratings of −3"),
          Column.of("Rated −2", "ratings of −2"),
          Column.of("Rated −1", "ratings of −1"),
          Column.of("Rated 0", "ratings of 0"),
          Column.of("Rated +1", "ratings of +1"),
          Column.of("Rated +2", "ratings of +2"),
          Column.of("Rated +3", "ratings of +3"),
          Column.of("Improved", "share of ratings above 0"),
          Column.of("Unchanged", "share of ratings at 0"));

  static final List<Column> RESPONSE_RATES =
      List.of(
          Column.of("Wave", "wave number"),
          Column.of("Wave label", "the wave's label in programme.yml"),
          Column.of("Invited", "stakeholders on the roster, all leaders"),
          Column.of("Responded", "stakeholders who submitted a response in the wave"),
          Column.of("Response rate", "responded / invited"));

  private static List<Column> concat(List<Column> first, Column... more) {
    List<Column> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
