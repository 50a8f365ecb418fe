package org.habittrends.roster;

import java.util.List;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Stakeholder;

/**
 * Everything a workspace says about its programme: settings, leaders and their stakeholders, and
 * how its survey exports map onto them.
 */
public record ProgrammeDefinition(
    Programme programme,
    List<Leader> leaders,
    List<Stakeholder> stakeholders,
    ImportSettings importSettings) {
  public ProgrammeDefinition {
    leaders = List.copyOf(leaders);
    stakeholders = List.copyOf(stakeholders);
  }

  /** A programme whose exports need no mapping beyond the defaults. */
  public ProgrammeDefinition(
      Programme programme, List<Leader> leaders, List<Stakeholder> stakeholders) {
    this(programme, leaders, stakeholders, ImportSettings.DEFAULTS);
  }
}
