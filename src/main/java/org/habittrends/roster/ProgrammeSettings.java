package org.habittrends.roster;

import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Programme;

/** What programme.yml alone says: the programme and its import settings, without the roster. */
public record ProgrammeSettings(Programme programme, ImportSettings importSettings) {}
