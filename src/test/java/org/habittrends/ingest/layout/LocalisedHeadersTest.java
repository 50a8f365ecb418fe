package org.habittrends.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.habittrends.domain.ImportSettings;
import org.habittrends.ingest.read.UnreadableFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exports from tools set to Spanish, French, German or Dutch are recognised by their headers. */
class LocalisedHeadersTest {

  private static final String QUESTION = "Goal 1: Not listening";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "English    | ID         | Start time     | Completion time       | Email                     | Name",
        "Spanish    | Id.        | Hora de inicio | Hora de finalización  | Correo electrónico        | Nombre",
        "French     | Identifiant| Heure de début | Heure de fin          | Adresse de messagerie     | Nom",
        "German     | Kennung    | Startzeit      | Fertigstellungszeit   | E-Mail                    | Name",
        "Dutch      | ID         | Begintijd      | Tijd van voltooien    | E-mail                    | Naam",
      })
  void microsoftForms(
      String language, String id, String start, String completion, String email, String name)
      throws UnreadableFileException {
    assertThat(layoutOf(List.of(id, start, completion, email, name, QUESTION)))
        .isEqualTo(ExportLayout.MICROSOFT_FORMS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "English | Timestamp      | Email Address",
        "Spanish | Marca temporal | Dirección de correo electrónico",
        "French  | Horodateur     | Adresse e-mail",
        "German  | Zeitstempel    | E-Mail-Adresse",
        "Dutch   | Tijdstempel    | E-mailadres",
      })
  void googleForms(String language, String timestamp, String email) throws UnreadableFileException {
    assertThat(layoutOf(List.of(timestamp, email, QUESTION))).isEqualTo(ExportLayout.GOOGLE_FORMS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "English | Respondent ID      | Collector ID       | Start Date      | End Date",
        "Spanish | ID del encuestado  | ID del recopilador | Fecha de inicio | Fecha de finalización",
        "French  | ID du répondant    | ID du collecteur   | Date de début   | Date de fin",
        "German  | Befragten-ID       | Collector-ID       | Startdatum      | Enddatum",
        "Dutch   | ID van respondent  | ID van verzamelaar | Startdatum      | Einddatum",
      })
  void surveyMonkey(String language, String respondent, String collector, String start, String end)
      throws UnreadableFileException {
    LayoutDetector.Header header =
        new LayoutDetector(ImportSettings.DEFAULTS)
            .detect(
                List.of(
                    new LayoutDetector.Line(
                        1, List.of(respondent, collector, start, end, QUESTION)),
                    new LayoutDetector.Line(2, List.of("", "", "", "", "Response")),
                    new LayoutDetector.Line(3, List.of("1", "2", "", "", "+1"))));
    assertThat(header.layout()).isEqualTo(ExportLayout.SURVEYMONKEY);
    assertThat(header.lastHeaderLine()).isEqualTo(2);
  }

  private static ExportLayout layoutOf(List<String> headers) throws UnreadableFileException {
    List<String> answers = headers.stream().map(h -> "x").toList();
    return new LayoutDetector(ImportSettings.DEFAULTS)
        .detect(List.of(new LayoutDetector.Line(1, headers), new LayoutDetector.Line(2, answers)))
        .layout();
  }
}
