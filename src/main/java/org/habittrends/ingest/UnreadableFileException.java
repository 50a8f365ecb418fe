package org.habittrends.ingest;

/** A dropped file that cannot be imported at all; the message is written for the coach. */
final class UnreadableFileException extends Exception {
  UnreadableFileException(String message) {
    super(message);
  }

  UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
