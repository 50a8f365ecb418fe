package org.habittrends.roster;

import org.habittrends.domain.Workspace;

/** Loads a workspace's programme definition and roster, reporting every problem at once. */
public final class ProgrammeFiles {

  private ProgrammeFiles() {}

  /**
   * @throws InvalidWorkspaceException with a coach-readable list of problems
   */
  public static ProgrammeDefinition load(Workspace workspace) {
    var programme = new ProgrammeFileReader().read(workspace.programmeFile());
    var roster = new RosterFileReader().read(workspace.root().resolve(Workspace.ROSTER_FILE));
    return new ProgrammeDefinition(programme, roster.leaders(), roster.stakeholders());
  }
}
