package org.habittrends.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class SmtpFailureTest {

  @Test
  void aRefusedRecipientIsPermanent() throws Exception {
    var refused =
        new SMTPAddressFailedException(
            new InternetAddress("gone@example.org"), "RCPT TO", 550, "550 5.1.1 no such user");

    assertThat(SmtpFailure.of(sent(refused))).isEqualTo(SmtpFailure.PERMANENT);
  }

  @Test
  void aTemporaryServerReplyIsRetried() throws Exception {
    var busy =
        new SMTPSendFailedException(
            "DATA", 451, "451 4.3.0 try again later", null, null, null, null);

    assertThat(SmtpFailure.of(sent(busy))).isEqualTo(SmtpFailure.TRANSIENT);
  }

  @Test
  void aMissingConnectionIsRetried() {
    var down =
        new MailSendException(
            "Mail server connection failed",
            new MessagingException("Couldn't connect", new ConnectException("Connection refused")));

    assertThat(SmtpFailure.of(down)).isEqualTo(SmtpFailure.TRANSIENT);
  }

  @Test
  void aMalformedAddressIsPermanent() throws Exception {
    assertThat(SmtpFailure.of(new AddressException("Missing final '@domain'", "bad address@")))
        .isEqualTo(SmtpFailure.PERMANENT);
    assertThat(
            SmtpFailure.of(
                new SendFailedException(
                    "Invalid Addresses",
                    null,
                    null,
                    null,
                    new jakarta.mail.Address[] {new InternetAddress("x@example.org", false)})))
        .isEqualTo(SmtpFailure.PERMANENT);
  }

  @Test
  void aRefusedLoginStopsTheRunInsteadOfBlamingTheLeader() {
    assertThat(SmtpFailure.of(new MailAuthenticationException("535 authentication failed")))
        .isEqualTo(SmtpFailure.TRANSIENT);
  }

  private static MailSendException sent(Exception failure) {
    return new MailSendException(Map.of(new Object(), failure));
  }
}
