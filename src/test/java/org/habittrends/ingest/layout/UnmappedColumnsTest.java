package org.habittrends.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.habittrends.domain.ImportSettings;
import org.habittrends.ingest.read.UnreadableFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A question that asks for the relationship in other words is named, never quietly ignored. */
class UnmappedColumnsTest {

  private static final List<String> MS_FORMS =
      List.of("ID", "Start time", "Completion time", "Email", "Name");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Role",
        "Your role",
        "How do you work with Ana?",
        "¿Cuál es su relación con el líder?"
      })
  void aRelationshipLikeQuestionIsNamed(String question) throws UnreadableFileException {
    assertThat(columns(question).unmappedRelationship).isEqualTo(question);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "How has Ana changed on Goal 1: building relationships?",
        "What one suggestion would you give?",
        "How often did Ana follow up with you?",
        "Control of temper"
      })
  void otherQuestionsAreNot(String question) throws UnreadableFileException {
    assertThat(columns(question).unmappedRelationship).isNull();
  }

  @org.junit.jupiter.api.Test
  void aMappedRelationshipColumnIsNoWarning() throws UnreadableFileException {
    ExportColumns columns = columns("Relationship");
    assertThat(columns.relationship).isEqualTo(MS_FORMS.size());
    assertThat(columns.unmappedRelationship).isNull();
  }

  private static ExportColumns columns(String question) throws UnreadableFileException {
    List<String> headers = new ArrayList<>(MS_FORMS);
    headers.add(question);
    LayoutDetector.Header header =
        new LayoutDetector(ImportSettings.DEFAULTS)
            .detect(List.of(new LayoutDetector.Line(1, headers)));
    return new ExportColumns(header, ImportSettings.DEFAULTS);
  }
}
