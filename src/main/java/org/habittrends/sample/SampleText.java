package org.habittrends.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habittrends.domain.Habit;

/** Names, goal wordings and feedforward comments for synthetic programmes (all fictional). */
final class SampleText {

  static final List<String> LEADER_NAMES =
      List.of(
          "Zoë Ørsted",
          "Łukasz Wąsik",
          "Søren Kierkegaard-Holm",
          "Nguyễn Thị Mai",
          "Amélie Fournier",
          "José María Núñez",
          "Siobhán O'Connor",
          "Björn Åkesson",
          "Ayşe Yılmaz",
          "François Lefèvre",
          "Jana Dvořáková",
          "Priya Raghunathan",
          "Kwame Mensah",
          "Mónica Gutiérrez",
          "Jürgen Weiß",
          "Chidinma Okonkwo",
          "Håkon Bræin",
          "Emily Chen",
          "Tomás Ó Briain",
          "Renée Dubois");

  private static final List<String> FIRST_NAMES =
      List.of(
          "Zoë",
          "Łukasz",
          "Søren",
          "Mai",
          "Amélie",
          "José",
          "Siobhán",
          "Björn",
          "Ayşe",
          "François",
          "Jana",
          "Priya",
          "Kwame",
          "Mónica",
          "Jürgen",
          "Chidinma",
          "Håkon",
          "Emily");
  private static final List<String> LAST_NAMES =
      List.of(
          "Ørsted",
          "Wąsik",
          "Holm",
          "Nguyễn",
          "Fournier",
          "Núñez",
          "O'Connor",
          "Åkesson",
          "Yılmaz",
          "Lefèvre",
          "Dvořáková",
          "Raghunathan",
          "Mensah",
          "Gutiérrez",
          "Weiß",
          "Okafor");

  static final List<String> COACHES =
      List.of("Amara Okafor", "Inés Ramírez", "Ingrid Bjørnsdóttir", "Chloé Laurent");

  static final Map<Habit, String> WORDINGS =
      Map.of(
          Habit.NOT_LISTENING, "Listen fully before I answer",
          Habit.ADDING_TOO_MUCH_VALUE, "Let my team's ideas stand without improving them",
          Habit.STARTING_WITH_NO_BUT_HOWEVER, "Stop opening replies with \"but\"",
          Habit.FAILING_TO_GIVE_PROPER_RECOGNITION, "Recognise good work promptly and specifically",
          Habit.SPEAKING_WHEN_ANGRY, "Stay calm when projects slip",
          Habit.WITHHOLDING_INFORMATION, "Share decisions and context early",
          Habit.PASSING_JUDGMENT, "Ask questions before judging proposals",
          Habit.WINNING_TOO_MUCH, "Let others win the small debates");

  static final List<String> FEEDFORWARD =
      List.of(
          "Keep asking for input before you decide.",
          "Let people finish their sentences in meetings.",
          "Say thank you in the team channel, not only in private.",
          "Share the budget decisions earlier so we can plan.",
          "Try summarising what you heard before you reply.",
          "Give the team room to present their own work to the board.",
          "When a deadline slips, ask what we need first.",
          "Check in with the quieter people on the team.",
          "Follow up after our one-to-ones with the agreed actions.",
          "Keep the weekly updates going; they really help.",
          "Name who did the work when you present results.",
          "Pause before responding to bad news.",
          "Ask \"what would you do?\" more often.",
          "Share what you learned from the leadership offsite.",
          "Keep doing the Friday round-up; it is appreciated.",
          "Trust the team with the client call next quarter.",
          "Explain the why behind priority changes.",
          "Spend a little more time with the regional office.",
          "Acknowledge mistakes openly, as you did in May.",
          "Invite dissenting views before closing a discussion.");

  private SampleText() {}

  /** A leader's name: the curated list first, then combinations of first and last names. */
  static String leaderName(int index) {
    if (index < LEADER_NAMES.size()) {
      return LEADER_NAMES.get(index);
    }
    int i = index - LEADER_NAMES.size();
    return FIRST_NAMES.get(i % FIRST_NAMES.size())
        + " "
        + LAST_NAMES.get((i / FIRST_NAMES.size() + i) % LAST_NAMES.size());
  }

  /** "Zoë Ørsted" → "zoe.orsted", for fictional e-mail addresses. */
  static String asciiSlug(String name) {
    String folded =
        name.replace("ø", "o")
            .replace("Ø", "O")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("ß", "ss")
            .replace("ı", "i")
            .replace("đ", "d")
            .replace("æ", "ae");
    String plain = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
  }
}
