/**
 * Reading a dropped file's cells: the file type from its content, never its name, then .xlsx
 * streamed with POI's SAX API, legacy .xls, or CSV/TSV text with its encoding and delimiter
 * detected, each row handed on as text cells. It uses POI and commons-csv and nothing of the
 * database or of the other rooms; its surface is {@link org.habittrends.ingest.read.ExportReader},
 * the {@link org.habittrends.ingest.read.XlsxSheetStreamer.RowSink} it feeds, {@link
 * org.habittrends.ingest.read.CsvSheetReader} for small sheets, and {@link
 * org.habittrends.ingest.read.UnreadableFileException}, which every stage throws for a file it
 * cannot import.
 */
package org.habittrends.ingest.read;
