package org.habittrends.ingest.read;

/** A dropped file that cannot be imported at all; the message is written for the coach. */
public final class UnreadableFileException extends Exception {
  public UnreadableFileException(String message) {
    super(message);
  }

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
