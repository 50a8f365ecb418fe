package org.habittrends.ingest.layout;

import java.util.List;

/**
 * The survey tools whose exports are recognised, with their fixed (non-question) headers in
 * English, Spanish, French, German and Dutch, and how many header rows each writes.
 */
public enum ExportLayout {
  TEMPLATE(1),
  MICROSOFT_FORMS(1),
  GOOGLE_FORMS(1),
  SURVEYMONKEY(2),
  QUALTRICS(3),
  /** Qualtrics before 2018: a row of ids V1, V2, ..., Q1, Q2_1 above the question texts. */
  QUALTRICS_LEGACY(2);

  static final List<String> MS_ID = List.of("ID", "Id.", "Identifiant", "Kennung");
  static final List<String> MS_START =
      List.of("Start time", "Hora de inicio", "Heure de début", "Startzeit", "Begintijd");
  static final List<String> MS_COMPLETION =
      List.of(
          "Completion time",
          "Hora de finalización",
          "Heure de fin",
          "Fertigstellungszeit",
          "Tijd van voltooien",
          "Voltooiingstijd");
  static final List<String> MS_EMAIL =
      List.of("Email", "Correo electrónico", "Adresse de messagerie", "E-Mail", "E-mail");
  static final List<String> MS_NAME = List.of("Name", "Nombre", "Nom", "Naam");
  static final List<String> MS_MODIFIED =
      List.of(
          "Last modified time",
          "Hora de la última modificación",
          "Heure de la dernière modification",
          "Uhrzeit der letzten Änderung",
          "Tijd van laatste wijziging");
  static final List<String> GOOGLE_TIMESTAMP =
      List.of("Timestamp", "Marca temporal", "Horodateur", "Zeitstempel", "Tijdstempel");

  /** "Email Address" as Google Forms and SurveyMonkey write it. */
  static final List<String> EMAIL_ADDRESS =
      List.of(
          "Email Address",
          "Dirección de correo electrónico",
          "Adresse e-mail",
          "E-Mail-Adresse",
          "E-mailadres");

  static final List<String> SM_RESPONDENT =
      List.of(
          "Respondent ID",
          "ID del encuestado",
          "ID du répondant",
          "Befragten-ID",
          "Respondent-ID",
          "ID van respondent");
  static final List<String> SM_COLLECTOR =
      List.of(
          "Collector ID",
          "ID del recopilador",
          "ID du collecteur",
          "Collector-ID",
          "Verzamelaar-ID",
          "ID van verzamelaar");
  static final List<String> SM_FIXED =
      List.of(
          "Start Date",
          "End Date",
          "IP Address",
          "Email Address",
          "First Name",
          "Last Name",
          "Custom Data 1",
          "Fecha de inicio",
          "Fecha de finalización",
          "Dirección IP",
          "Dirección de correo electrónico",
          "Nombre",
          "Apellido",
          "Date de début",
          "Date de fin",
          "Adresse IP",
          "Adresse e-mail",
          "Prénom",
          "Nom",
          "Startdatum",
          "Enddatum",
          "IP-Adresse",
          "E-Mail-Adresse",
          "Vorname",
          "Nachname",
          "Einddatum",
          "IP-adres",
          "E-mailadres",
          "Voornaam",
          "Achternaam");
  static final List<String> SM_END =
      List.of("End Date", "Fecha de finalización", "Date de fin", "Enddatum", "Einddatum");
  static final List<String> SM_WHOLE_ANSWER =
      List.of(
          "Response",
          "Open-Ended Response",
          "Respuesta",
          "Respuesta abierta",
          "Réponse",
          "Réponse ouverte",
          "Antwort",
          "Offene Antwort",
          "Antwoord",
          "Open antwoord");
  static final List<String> QUALTRICS_FIXED =
      List.of(
          "StartDate",
          "EndDate",
          "Status",
          "IPAddress",
          "Progress",
          "Duration (in seconds)",
          "Finished",
          "RecordedDate",
          "ResponseId",
          "RecipientLastName",
          "RecipientFirstName",
          "RecipientEmail",
          "ExternalReference",
          "LocationLatitude",
          "LocationLongitude",
          "DistributionChannel",
          "UserLanguage");

  /** The legacy export's first row starts with these ids (V1 = ResponseID). */
  static final List<String> QUALTRICS_LEGACY_IDS = List.of("V1", "V2", "V3");

  static final List<String> QUALTRICS_LEGACY_FIXED =
      List.of(
          "ResponseID",
          "ResponseSet",
          "Name",
          "ExternalDataReference",
          "EmailAddress",
          "IPAddress",
          "Status",
          "StartDate",
          "EndDate",
          "Finished",
          "LocationLatitude",
          "LocationLongitude",
          "LocationAccuracy");

  private final int headerRows;

  ExportLayout(int headerRows) {
    this.headerRows = headerRows;
  }

  /** Header rows the tool writes (Qualtrics' third, the ImportId row, is sometimes absent). */
  public int headerRows() {
    return headerRows;
  }

  /** Fixed columns: never questions. */
  List<String> fixedHeaders() {
    return switch (this) {
      case TEMPLATE -> List.of();
      case MICROSOFT_FORMS ->
          concat(MS_ID, MS_START, MS_COMPLETION, MS_EMAIL, MS_NAME, MS_MODIFIED);
      case GOOGLE_FORMS -> concat(GOOGLE_TIMESTAMP, EMAIL_ADDRESS);
      case SURVEYMONKEY -> concat(SM_RESPONDENT, SM_COLLECTOR, SM_FIXED);
      case QUALTRICS -> QUALTRICS_FIXED;
      case QUALTRICS_LEGACY -> QUALTRICS_LEGACY_FIXED;
    };
  }

  /** Qualtrics' exports, whose answers may be choice codes and whose rows say Finished. */
  public boolean qualtrics() {
    return this == QUALTRICS || this == QUALTRICS_LEGACY;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
