package org.habittrends.roster;

import java.util.List;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Stakeholder;

/** Everything a workspace says about its programme: settings, leaders and their stakeholders. */
public record ProgrammeDefinition(
    Programme programme, List<Leader> leaders, List<Stakeholder> stakeholders) {
  public ProgrammeDefinition {
    leaders = List.copyOf(leaders);
    stakeholders = List.copyOf(stakeholders);
  }
}
