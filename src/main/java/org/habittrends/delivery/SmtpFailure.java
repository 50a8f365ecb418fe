package org.habittrends.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailSendException;

/**
 * Sorts a failed send into what a retry may fix and what it cannot. Only problems with one message
 * or recipient are permanent (SMTP 5xx, a malformed or refused address); everything else (no
 * connection, 4xx, authentication, unknown) is treated as the server's problem, retried, and stops
 * the run if it persists, so no leader is marked as undeliverable because a server was down.
 */
enum SmtpFailure {
  TRANSIENT,
  PERMANENT;

  static SmtpFailure of(Throwable failure) {
    for (Throwable t : causes(failure)) {
      int code = smtpReturnCode(t);
      if (code >= 500 && code < 600) {
        return PERMANENT;
      }
      if (code >= 400 && code < 500) {
        return TRANSIENT;
      }
    }
    for (Throwable t : causes(failure)) {
      if (t instanceof AddressException) {
        return PERMANENT;
      }
      if (t instanceof SendFailedException refused
          && refused.getInvalidAddresses() != null
          && refused.getInvalidAddresses().length > 0) {
        return PERMANENT;
      }
    }
    return TRANSIENT;
  }

  /** The failure, its causes, and the per-message failures Spring keeps beside them. */
  static List<Throwable> causes(Throwable failure) {
    List<Throwable> all = new ArrayList<>();
    collect(failure, all);
    return all;
  }

  private static void collect(Throwable failure, List<Throwable> all) {
    for (Throwable t = failure; t != null && !all.contains(t); t = next(t)) {
      all.add(t);
      if (t instanceof MailSendException send) {
        send.getFailedMessages().values().forEach(nested -> collect(nested, all));
      }
    }
  }

  private static Throwable next(Throwable t) {
    // MessagingException keeps its chain in getNextException() as well as getCause().
    if (t.getCause() == null && t instanceof MessagingException m) {
      return m.getNextException();
    }
    return t.getCause();
  }

  /**
   * The SMTP reply code that the mail provider's exceptions carry (SMTPAddressFailedException,
   * SMTPSendFailedException: getReturnCode()); the provider is a runtime-only dependency, so it is
   * read by name. -1 when there is none.
   */
  static int smtpReturnCode(Throwable t) {
    try {
      Method method = t.getClass().getMethod("getReturnCode");
      Object code = method.invoke(t);
      return code instanceof Integer number ? number : -1;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }
}
