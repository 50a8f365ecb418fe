package org.habittrends.roster;

import org.habittrends.domain.Workspace;

/** Loads a workspace's programme definition and roster, reporting every problem at once. */
public final class ProgrammeFiles {

  private ProgrammeFiles() {}

  /**
   * @throws InvalidWorkspaceException with a coach-readable list of problems
   */
  public static ProgrammeDefinition load(Workspace workspace) {
    ProgrammeFileReader programmeReader = new ProgrammeFileReader();
    var programme = programmeReader.read(workspace.programmeFile());
    var roster = new RosterFileReader().read(RosterFileReader.locate(workspace.root()));
    return new ProgrammeDefinition(
        programme, roster.leaders(), roster.stakeholders(), programmeReader.importSettings());
  }

  /**
   * programme.yml alone, for a command that needs no leader ({@code status}): it starts without
   * reading the roster, and a roster that cannot be read does not hide the runs.
   *
   * @throws InvalidWorkspaceException with a coach-readable list of problems
   */
  public static ProgrammeSettings programme(Workspace workspace) {
    ProgrammeFileReader reader = new ProgrammeFileReader();
    return new ProgrammeSettings(reader.read(workspace.programmeFile()), reader.importSettings());
  }
}
