package org.habittrends.report;

import java.nio.file.Path;

/** A report rendered to its temporary file, waiting to be moved to its final name. */
record RenderedReport(String leaderId, String leaderName, Path temporary, Path target) {}
