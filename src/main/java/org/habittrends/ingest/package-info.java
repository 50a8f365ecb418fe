/**
 * The import step and what runs it: the inbox folder and the file moves ({@link
 * org.habittrends.ingest.InboxImportTasklet}, {@link org.habittrends.ingest.InboxFolder}), one file
 * through the stages ({@link org.habittrends.ingest.FileImporter}: {@code read} its cells, {@code
 * layout} finds its header and columns, {@code rows} maps and checks each row, {@code store} writes
 * the answers) with the reject report, the dry run ({@code check}), re-imports and the data-loss
 * rule. It may use every room; the rest of the code base uses only this package (ArchitectureTest),
 * which also holds the writers of template, roster and tool-style export files for sample data.
 */
package org.habittrends.ingest;
