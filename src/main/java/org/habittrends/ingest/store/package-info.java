/**
 * The database side of the import: the ledger of imported files and their rejects ({@link
 * org.habittrends.ingest.store.ImportRepository}), answers written in JDBC batches or PostgreSQL
 * COPY ({@link org.habittrends.ingest.store.ResponseStore}), the look-ups of answers already
 * stored, and how a file's writes become durable or are undone ({@link
 * org.habittrends.ingest.store.FileWrites}: a savepoint in the step's transaction, or on H2
 * committed as it goes with {@link org.habittrends.ingest.store.UnfinishedFiles} undone). Spring
 * JDBC and transactions, never POI or CSV; it may use {@code rows}' RosterIndex, which it fills
 * from the roster tables, and {@code read}'s UnreadableFileException.
 */
package org.habittrends.ingest.store;
