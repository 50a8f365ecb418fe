package org.habittrends.delivery;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one message, retrying transient failures with a doubling pause. Returns the attempts used;
 * a permanent failure or a transient one that outlasts the attempts is thrown as {@link
 * DeliveryException}.
 */
final class RetryingSender {

  private static final Logger log = LoggerFactory.getLogger(RetryingSender.class);

  private final JavaMailSender sender;
  private final int attempts;
  private final Duration backoff;

  /** How often to try one message, and the first pause between tries (doubled each time). */
  record Settings(int attempts, Duration backoff) {}

  RetryingSender(JavaMailSender sender, Settings settings) {
    this.sender = sender;
    this.attempts = Math.max(1, settings.attempts());
    this.backoff = settings.backoff();
  }

  int send(MimeMessage message, String leaderId) {
    Duration pause = backoff;
    for (int attempt = 1; ; attempt++) {
      try {
        sender.send(message);
        return attempt;
      } catch (MailException e) {
        SmtpFailure kind = SmtpFailure.of(e);
        String reason = reason(e);
        if (kind == SmtpFailure.PERMANENT || attempt >= attempts) {
          throw new DeliveryException(kind, attempt, reason, e);
        }
        log.warn(
            "{}: sending failed (attempt {} of {}), retrying in {} ms: {}",
            leaderId,
            attempt,
            attempts,
            pause.toMillis(),
            reason);
        sleep(pause);
        pause = pause.multipliedBy(2);
      }
    }
  }

  /** The innermost message, which names the server's reply or the network problem. */
  static String reason(Throwable failure) {
    String reason = failure.getMessage();
    for (Throwable t : SmtpFailure.causes(failure)) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        reason = t.getMessage().strip();
      }
    }
    return reason == null ? failure.toString() : reason;
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }

  /** A send that did not succeed: permanent (recorded, the run goes on) or transient. */
  static final class DeliveryException extends RuntimeException {
    private final SmtpFailure kind;
    private final int attempts;

    DeliveryException(SmtpFailure kind, int attempts, String reason, Throwable cause) {
      super(reason, cause);
      this.kind = kind;
      this.attempts = attempts;
    }

    SmtpFailure kind() {
      return kind;
    }

    int attempts() {
      return attempts;
    }
  }
}
