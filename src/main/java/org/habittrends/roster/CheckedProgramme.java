package org.habittrends.roster;

import org.habittrends.domain.Workspace;

/**
 * The programme definition the command line loaded and checked just before it started the
 * application context: the context takes it instead of reading programme.yml and the roster again
 * (on a 10,000-leader roster, that read is most of the start-up).
 */
public record CheckedProgramme(Workspace workspace, ProgrammeDefinition definition) {}
