package org.habittrends.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HabitTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Winning too much                      | WINNING_TOO_MUCH",
        "winning-too-much                      | WINNING_TOO_MUCH",
        "NOT LISTENING                         | NOT_LISTENING",
        "Claiming credit we don’t deserve      | CLAIMING_CREDIT_WE_DONT_DESERVE",
        "Claiming credit we don't deserve      | CLAIMING_CREDIT_WE_DONT_DESERVE",
        "claiming credit we dont deserve       | CLAIMING_CREDIT_WE_DONT_DESERVE",
        "Claiming credit that we don't deserve | CLAIMING_CREDIT_WE_DONT_DESERVE",
        "An excessive need to be \"me\"        | AN_EXCESSIVE_NEED_TO_BE_ME",
        "Starting with no, but or however      | STARTING_WITH_NO_BUT_HOWEVER",
        "Passing judgment.                     | PASSING_JUDGMENT"
      })
  void readsAHabitByNameOrCodeAsPeopleTypeIt(String text, Habit habit) {
    assertThat(Habit.parse(text)).hasValue(habit);
  }

  @ParameterizedTest
  @CsvSource({"Listening", "Winning", "Be a better listener", "''"})
  void doesNotTakeAPartOrAnotherGoalForAHabit(String text) {
    assertThat(Habit.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void suggestsTheHabitsSpelledMostLikeAnUnknownGoal() {
    assertThat(Habit.nearest("Winnig to much", 3)).first().isEqualTo(Habit.WINNING_TOO_MUCH);
    assertThat(Habit.nearest("Passing judgement", 3)).first().isEqualTo(Habit.PASSING_JUDGMENT);
    assertThat(Habit.nearest("not listenning", 3))
        .hasSize(3)
        .first()
        .isEqualTo(Habit.NOT_LISTENING);
  }

  @org.junit.jupiter.api.Test
  void findsItsTitleInAQuestionWithOrWithoutThat() {
    assertThat(
            Habit.CLAIMING_CREDIT_WE_DONT_DESERVE.isNamedIn(
                "How has Ana changed on: Claiming credit that we don't deserve?"))
        .isTrue();
    assertThat(Habit.NOT_LISTENING.isNamedIn("Progress on not listening (goal)")).isTrue();
    assertThat(Habit.NOT_LISTENING.isNamedIn("How has Ana changed on listening?")).isFalse();
    assertThat(Habit.NEGATIVITY.isNamedIn("Any negativityx?")).isFalse();
  }
}
