package org.habittrends.roster;

import java.util.List;

/** A workspace that cannot be used, with every problem found, worded for a coach. */
public class InvalidWorkspaceException extends RuntimeException {

  private final List<String> problems;

  public InvalidWorkspaceException(String summary, List<String> problems) {
    super(summary + (problems.isEmpty() ? "" : ":\n  - " + String.join("\n  - ", problems)));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
