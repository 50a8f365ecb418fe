package org.habittrends.delivery;

import java.nio.file.Path;

/** A leader's latest report and where it should go; email is null when the roster has none. */
record Deliverable(String leaderId, String leaderName, String email, Path report, String sha256) {}
