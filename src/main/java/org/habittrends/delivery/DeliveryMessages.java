package org.habittrends.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.habittrends.domain.Programme;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Composes the e-mail that carries a leader's report, in the programme's report language
 * (i18n/delivery*.properties; English when there is no translation).
 */
final class DeliveryMessages {

  private final ResourceBundle texts;
  private final Locale language;
  private final Programme programme;
  private final String from;

  DeliveryMessages(Programme programme, String from) {
    this.programme = programme;
    this.from = from;
    this.language = programme.language();
    this.texts =
        ResourceBundle.getBundle(
            "i18n/delivery",
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  MimeMessage compose(JavaMailSender sender, Deliverable report) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(report.email());
    helper.setSubject(text("subject", report));
    helper.setText(text("body", report));
    helper.addAttachment(
        report.report().getFileName().toString(),
        new FileSystemResource(report.report()),
        "application/pdf");
    return message;
  }

  String subject(Deliverable report) {
    return text("subject", report);
  }

  private String text(String key, Deliverable report) {
    return new MessageFormat(texts.getString(key), language)
        .format(new Object[] {report.leaderName(), programme.name(), sponsor()});
  }

  private String sponsor() {
    return programme.sponsor() == null || programme.sponsor().isBlank()
        ? programme.name()
        : programme.sponsor();
  }
}
