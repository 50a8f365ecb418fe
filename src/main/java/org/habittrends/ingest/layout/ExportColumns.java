package org.habittrends.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Habit;
import org.habittrends.domain.ImportSettings;

/**
 * Which column of a detected export plays which part: leader, wave, stakeholder, time,
 * relationship, follow-up, feedforward, and which question rates which goal of a row's leader. The
 * programme's mapping is tried first, then the defaults below; questions are matched by the text
 * they contain.
 */
public final class ExportColumns {

  public static final List<String> LEADER =
      List.of(
          "Leader ID",
          "Leader",
          "Líder",
          "ID del líder",
          "Dirigeant",
          "Führungskraft",
          "Leidinggevende");
  public static final List<String> WAVE = List.of("Wave", "Ola", "Vague", "Welle", "Ronde");
  static final List<String> STAKEHOLDER =
      List.of("Stakeholder", "Parte interesada", "Partie prenante", "Stakeholder-ID");
  static final List<String> SUBMITTED = List.of("Submitted", "RecordedDate", "EndDate");
  public static final List<String> OVERALL =
      List.of("Overall", "Overall effectiveness", "Global", "Gesamt", "Totaal", "General");
  public static final List<String> RELATIONSHIP =
      List.of(
          "Relationship",
          "Relationship to the leader",
          "Your relationship to this leader",
          "Your relationship to the leader",
          "Relación",
          "Relación con el líder",
          "Su relación con el líder",
          "Tu relación con el líder",
          "Relation",
          "Relation avec le dirigeant",
          "Votre relation avec ce dirigeant",
          "Votre relation avec le dirigeant",
          "Beziehung",
          "Beziehung zur Führungskraft",
          "Ihre Beziehung zu dieser Führungskraft",
          "Ihre Beziehung zur Führungskraft",
          "Relatie",
          "Relatie tot de leidinggevende",
          "Uw relatie tot deze leidinggevende",
          "Uw relatie met deze leidinggevende");
  public static final List<String> FOLLOW_UP =
      List.of(
          "follow-up",
          "follow up",
          "followed up",
          "seguimiento",
          "suivi",
          "nachgefasst",
          "nachfass",
          "opgevolgd",
          "opvolging");
  public static final List<String> FEEDFORWARD =
      List.of("feedforward", "suggestion", "sugerencia", "vorschlag", "suggestie");

  /** The word before a goal's number in a question: "Goal 1", "Objetivo n.º 2". */
  public static final List<String> GOAL_WORDS =
      List.of("goal", "objetivo", "objectif", "ziel", "doel");

  private static final java.util.regex.Pattern POSITIONAL =
      java.util.regex.Pattern.compile(
          "(?iu)\\b(?:" + String.join("|", GOAL_WORDS) + ")\\s*(?:n[º°o.]\\s*|#\\s*)?(\\d)\\b");

  /** Headers that ask for the relationship in other words than {@link #RELATIONSHIP}. */
  private static final java.util.regex.Pattern RELATIONSHIP_LIKE =
      java.util.regex.Pattern.compile(
          "(?iU)\\b(?:relationship|relación|relation|beziehung|relatie|role|rol|rôle|rolle"
              + "|work with|work for|trabaja con|travaillez avec|arbeiten sie mit|werkt u met)\\b");

  public final ExportLayout layout;
  public final List<LayoutDetector.Column> columns;
  public final int leader;
  public final int wave;
  public final int stakeholder;
  public final int submitted;
  public final int finished;
  public final int relationship;
  public final int followUp;
  public final int feedforward;

  /** A question that looks like the relationship but is not mapped to it, or null. */
  public final String unmappedRelationship;

  private final List<LayoutDetector.Column> questions = new ArrayList<>();
  private final List<ImportSettings.GoalQuestion> goalQuestions;
  private final Map<String, int[]> goalColumnsByLeader = new HashMap<>();
  // leaders with the same goals share their columns; a cohort has far fewer goal sets than leaders
  private final Map<List<Goal>, int[]> goalColumnsByGoals = new HashMap<>();

  public ExportColumns(LayoutDetector.Header header, ImportSettings settings) {
    layout = header.layout();
    columns = header.columns();
    goalQuestions = settings.goalQuestions();
    List<Integer> taken = new ArrayList<>();
    leader = column(settings.leaderColumns(), leaderDefaults(), taken);
    wave = column(settings.waveColumns(), WAVE, taken);
    stakeholder = column(settings.stakeholderColumns(), stakeholderDefaults(layout), taken);
    submitted = column(List.of(), submittedDefaults(layout), taken);
    finished = layout.qualtrics() ? column(List.of(), List.of("Finished"), taken) : -1;
    relationship = column(settings.relationshipColumns(), RELATIONSHIP, taken);
    List<String> fixed = layout.fixedHeaders();
    for (LayoutDetector.Column c : columns) {
      if (!taken.contains(c.index()) && c.names().stream().noneMatch(n -> anyColumn(n, fixed))) {
        questions.add(c);
      }
    }
    followUp = question(settings.followUpQuestions(), FOLLOW_UP);
    feedforward = question(settings.feedforwardQuestions(), FEEDFORWARD);
    unmappedRelationship = relationship >= 0 ? null : relationshipLike();
  }

  /** A question such as "Your relationship to this leader" or "Role", which is not a goal. */
  private String relationshipLike() {
    for (LayoutDetector.Column q : questions) {
      boolean goal =
          q.names().stream().anyMatch(n -> POSITIONAL.matcher(n).find() || anyColumn(n, OVERALL));
      if (!goal && RELATIONSHIP_LIKE.matcher(HeaderText.normalise(q.name())).find()) {
        return q.name();
      }
    }
    return null;
  }

  /** Header names as the file wrote them, for the reject report. */
  public List<String> headers() {
    return columns.stream().map(LayoutDetector.Column::name).toList();
  }

  /**
   * What each column is read as, in file order, for the {@code check} command: leader, wave,
   * stakeholder, time, finished, relationship, follow-up, feedforward, the goals it rates (worked
   * out per leader by {@link #goalColumns}, so exactly as the import reads them), or ignored.
   */
  public List<String> roles(Map<String, java.util.Collection<Goal>> goalsByLeader) {
    Map<Integer, Map<Integer, List<String>>> rated = new java.util.TreeMap<>();
    goalsByLeader.forEach(
        (leaderId, goals) -> {
          int[] found = goalColumns(leaderId, goals);
          for (int n = 0; n < found.length; n++) {
            if (found[n] >= 0) {
              rated
                  .computeIfAbsent(found[n], c -> new java.util.TreeMap<>())
                  .computeIfAbsent(n, g -> new ArrayList<>())
                  .add(leaderId);
            }
          }
        });
    List<String> roles = new ArrayList<>();
    for (LayoutDetector.Column c : columns) {
      int i = c.index();
      String role;
      if (i == leader) {
        role = "leader";
      } else if (i == wave) {
        role = "wave";
      } else if (i == stakeholder) {
        role = "stakeholder";
      } else if (i == submitted) {
        role = "time";
      } else if (i == finished) {
        role = "finished";
      } else if (i == relationship) {
        role = "relationship";
      } else if (i == followUp) {
        role = "follow-up";
      } else if (i == feedforward) {
        role = "feedforward";
      } else if (rated.containsKey(i)) {
        List<String> parts = new ArrayList<>();
        rated
            .get(i)
            .forEach(
                (n, leaders) -> {
                  String whose =
                      leaders.size() == goalsByLeader.size() && leaders.size() > 1
                          ? "every leader"
                          : String.join(", ", leaders.stream().sorted().toList());
                  parts.add((n == 0 ? "overall" : "goal " + n) + " of " + whose);
                });
        role = String.join("; ", parts);
      } else {
        role = "ignored";
      }
      roles.add(role);
    }
    return roles;
  }

  /** For the overall question (0) and goals 1..3 of this leader, the rating column, or -1. */
  public int[] goalColumns(String leaderId, java.util.Collection<Goal> goals) {
    return goalColumnsByLeader.computeIfAbsent(
        leaderId, id -> goalColumnsByGoals.computeIfAbsent(List.copyOf(goals), this::resolveGoals));
  }

  /**
   * The question headers that rate none of this leader's goals (nor the overall question), for
   * naming the likely question of a goal the file seems to lack.
   */
  public List<String> questionsNotRating(String leaderId, java.util.Collection<Goal> goals) {
    int[] used = goalColumns(leaderId, goals);
    return questions.stream()
        .filter(q -> java.util.Arrays.stream(used).noneMatch(i -> i == q.index()))
        .map(LayoutDetector.Column::name)
        .toList();
  }

  /** Index 0 is the overall question (goal_no 0), 1..3 the leader's goals. */
  private int[] resolveGoals(java.util.Collection<Goal> goals) {
    int[] found = {-1, -1, -1, -1};
    for (LayoutDetector.Column q : questions) {
      Integer n = goalOf(q, goals);
      if (n != null && n >= 0 && n <= 3 && found[n] < 0) {
        found[n] = q.index();
      }
    }
    return found;
  }

  /** Programme mapping first, then "goal n" in the question, then the habit or own wording. */
  private Integer goalOf(LayoutDetector.Column q, java.util.Collection<Goal> goals) {
    for (ImportSettings.GoalQuestion mapping : goalQuestions) {
      if (q.names().stream().anyMatch(n -> HeaderText.mentions(n, mapping.question()))) {
        if (mapping.goal() != null) {
          return mapping.goal();
        }
        for (Goal g : goals) {
          if (Habit.parse(mapping.habit())
              .map(Habit::name)
              .orElse(mapping.habit())
              .equalsIgnoreCase(g.habitCode())) {
            return g.number();
          }
        }
        return null;
      }
    }
    if (q.names().stream().anyMatch(n -> anyColumn(n, OVERALL))) {
      return 0;
    }
    for (String name : q.names()) {
      java.util.regex.Matcher m = POSITIONAL.matcher(name);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    for (Goal g : goals) {
      Habit habit = Habit.fromCode(g.habitCode()).orElse(null);
      boolean byWording = g.wording() != null && HeaderText.mentions(q.name(), g.wording());
      if (byWording || (habit != null && habit.isNamedIn(HeaderText.normalise(q.name())))) {
        return g.number();
      }
    }
    return null;
  }

  /** The stakeholder column's default names in a layout: ours, then the tool's e-mail column. */
  public static List<String> stakeholderDefaults(ExportLayout layout) {
    List<String> names = new ArrayList<>(STAKEHOLDER);
    switch (layout) {
      case MICROSOFT_FORMS -> names.addAll(ExportLayout.MS_EMAIL);
      case GOOGLE_FORMS -> {
        // "Email Address" when the form collects addresses, else an ordinary "Email" question
        names.addAll(ExportLayout.EMAIL_ADDRESS);
        names.addAll(ExportLayout.MS_EMAIL);
      }
      case SURVEYMONKEY -> names.addAll(ExportLayout.EMAIL_ADDRESS);
      case QUALTRICS -> names.add("RecipientEmail");
      case QUALTRICS_LEGACY -> names.add("EmailAddress");
      default -> names.addAll(List.of("Email", "E-mail"));
    }
    return names;
  }

  private List<String> leaderDefaults() {
    if (layout != ExportLayout.QUALTRICS_LEGACY) {
      return LEADER;
    }
    List<String> names = new ArrayList<>(LEADER);
    names.add("ExternalDataReference");
    return names;
  }

  /** The response time column's default names in a layout. */
  public static List<String> submittedDefaults(ExportLayout layout) {
    return switch (layout) {
      case MICROSOFT_FORMS -> ExportLayout.MS_COMPLETION;
      case GOOGLE_FORMS -> ExportLayout.GOOGLE_TIMESTAMP;
      case SURVEYMONKEY -> ExportLayout.SM_END;
      default -> SUBMITTED;
    };
  }

  private int column(List<String> configured, List<String> defaults, List<Integer> taken) {
    for (List<String> names : List.of(configured, defaults)) {
      for (String name : names) {
        for (LayoutDetector.Column c : columns) {
          if (!taken.contains(c.index())
              && c.names().stream().anyMatch(n -> HeaderText.isColumn(n, name))) {
            taken.add(c.index());
            return c.index();
          }
        }
      }
    }
    return -1;
  }

  private int question(List<String> configured, List<String> defaults) {
    for (List<String> texts : List.of(configured, defaults)) {
      for (String text : texts) {
        for (LayoutDetector.Column q : questions) {
          if (q.names().stream().anyMatch(n -> HeaderText.mentions(n, text))) {
            questions.remove(q);
            return q.index();
          }
        }
      }
    }
    return -1;
  }

  private static boolean anyColumn(String header, List<String> names) {
    return names.stream().anyMatch(n -> HeaderText.isColumn(header, n));
  }
}
