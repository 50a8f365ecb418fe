/**
 * One data row at a time: mapped into the template's shape ({@link
 * org.habittrends.ingest.rows.ExportRowMapper} to {@link org.habittrends.ingest.rows.TemplateRow}),
 * then checked against the roster ({@link org.habittrends.ingest.rows.RosterIndex}) and the answer
 * scale into a survey response or the reasons it is rejected ({@link
 * org.habittrends.ingest.rows.RowValidator}, with rating, follow-up and date text), and tallied for
 * the relationship and leader-wave checks. Plain Java: no Spring, no files, no SQL; it may use the
 * domain and {@code layout}'s columns.
 */
package org.habittrends.ingest.rows;
