package org.habittrends.domain;

/**
 * A rater of one leader. {@code key} is pseudonymous; {@code email} is only used to recognise the
 * stakeholder in export files and is never printed in a report.
 */
public record Stakeholder(String leaderId, String key, String email, RelationshipGroup group) {}
