/**
 * Recognising an export's layout: which tool wrote it (template, Qualtrics, SurveyMonkey, Google
 * Forms, Microsoft Forms...; {@link org.habittrends.ingest.layout.ExportLayout}), where its header
 * rows are ({@link org.habittrends.ingest.layout.LayoutDetector}), and which column holds the
 * leader, stakeholder, wave, time and each goal's question ({@link
 * org.habittrends.ingest.layout.ExportColumns}, header comparison in {@link
 * org.habittrends.ingest.layout.HeaderText}). Plain Java on the first rows' text: no Spring, no
 * files, no SQL; it may use only the domain and {@code read}'s UnreadableFileException.
 */
package org.habittrends.ingest.layout;
