package org.habittrends.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Habit;
import org.habittrends.domain.Leader;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.Stakeholder;

/** The synthetic roster: leaders with goals and trend profiles, and their stakeholders. */
final class SampleCohort {

  /** A stakeholder with the traits that shape their answers. */
  record Rater(Stakeholder stakeholder, int followUpLevel, double bias) {}

  /** A leader with a trend profile and raters. */
  record Member(int index, Leader leader, TrendProfile profile, List<Rater> raters) {}

  private final List<Member> members = new ArrayList<>();

  SampleCohort(long seed, int leaders) {
    SplittableRandom random = new SplittableRandom(seed);
    int width = leaders > 99 ? Math.max(4, Integer.toString(leaders).length()) : 2;
    for (int i = 0; i < leaders; i++) {
      members.add(member(i, leaderId(i + 1, width), random.split()));
    }
  }

  List<Member> members() {
    return members;
  }

  List<Leader> leaders() {
    return members.stream().map(Member::leader).toList();
  }

  List<Stakeholder> stakeholders() {
    return members.stream().flatMap(m -> m.raters().stream()).map(Rater::stakeholder).toList();
  }

  static String leaderId(int number, int width) {
    return "L" + String.format("%0" + width + "d", number);
  }

  private static Member member(int index, String id, SplittableRandom random) {
    TrendProfile profile = TrendProfile.forLeader(index);
    String name = SampleText.leaderName(index);
    int round = index / SampleText.LEADER_NAMES.size();
    String email = SampleText.asciiSlug(name) + (round == 0 ? "" : "." + round) + "@example.com";
    String coach = SampleText.COACHES.get(index % SampleText.COACHES.size());
    Leader leader = new Leader(id, name, email, coach, goals(index, random));
    return new Member(index, leader, profile, raters(id, profile, random));
  }

  /** One or two distinct habits; leader 1 has two goals and leader 2 one, whatever the seed. */
  private static List<Goal> goals(int index, SplittableRandom random) {
    int count = index == 0 ? 2 : index == 1 ? 1 : 1 + random.nextInt(2);
    Habit[] habits = Habit.values();
    List<Goal> goals = new ArrayList<>();
    List<Habit> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      Habit habit = habits[random.nextInt(habits.length)];
      if (chosen.contains(habit)) {
        continue;
      }
      chosen.add(habit);
      String wording = random.nextDouble() < 0.6 ? SampleText.WORDINGS.get(habit) : null;
      goals.add(new Goal(chosen.size(), habit.name(), wording));
    }
    return goals;
  }

  /** 6–10 raters: one manager, at least two direct reports and two peers, maybe a partner. */
  private static List<Rater> raters(String leaderId, TrendProfile profile, SplittableRandom r) {
    int count = 6 + r.nextInt(5);
    int partners = r.nextDouble() < 0.4 ? 1 : 0;
    int directs = (count - 1 - partners + 1) / 2;
    List<RelationshipGroup> groups = new ArrayList<>();
    groups.add(RelationshipGroup.MANAGER);
    for (int i = 1; i < count; i++) {
      if (i <= directs) {
        groups.add(RelationshipGroup.DIRECT_REPORT);
      } else if (i < count - partners) {
        groups.add(RelationshipGroup.PEER);
      } else {
        groups.add(RelationshipGroup.ALLIANCE_PARTNER);
      }
    }
    List<Rater> raters = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      String key = leaderId + "-S" + String.format("%02d", i + 1);
      String email = key.toLowerCase(java.util.Locale.ROOT).replace('-', '.') + "@example.org";
      int level = (int) Math.round(profile.diligence() + r.nextGaussian() * 1.0);
      raters.add(
          new Rater(
              new Stakeholder(leaderId, key, email, groups.get(i)),
              Math.max(0, Math.min(4, level)),
              r.nextGaussian() * 0.3));
    }
    return raters;
  }
}
