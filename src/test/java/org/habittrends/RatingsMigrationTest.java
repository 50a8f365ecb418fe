package org.habittrends;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migration V9 carries every stored rating, N/A included, into the answer rows. */
class RatingsMigrationTest {

  private static final String RATINGS =
      "select leader_id || ' ' || stakeholder_key || ' w' || wave_no || ' g' || goal_no || ' = '"
          + " || coalesce(cast(rating as varchar), 'N/A') from rating order by 1";

  @Test
  void onH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:v9;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1");
    ratingsSurvive(h2);
  }

  @Test
  void onPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      ratingsSurvive(postgres.getPostgresDatabase());
    }
  }

  private static void ratingsSurvive(DataSource dataSource) {
    migrate(dataSource, "8");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("insert into programme (id, name) values ('p', 'P')");
    jdbc.update("insert into leader (programme_id, leader_id, name) values ('p', 'L1', 'Ana')");
    for (String s : new String[] {"S1", "S2"}) {
      jdbc.update(
          "insert into stakeholder (programme_id, leader_id, stakeholder_key, relationship)"
              + " values ('p', 'L1', ?, 'PEER')",
          s);
    }
    response(jdbc, "S1", 1);
    response(jdbc, "S2", 1);
    response(jdbc, "S1", 2);
    rating(jdbc, "S1", 1, 0, 2);
    rating(jdbc, "S1", 1, 1, -3);
    rating(jdbc, "S1", 1, 2, null);
    rating(jdbc, "S2", 1, 1, 1);
    rating(jdbc, "S1", 2, 3, 0);
    List<String> before = jdbc.queryForList(RATINGS, String.class);

    migrate(dataSource, null);

    assertThat(jdbc.queryForList(RATINGS, String.class))
        .containsExactlyElementsOf(before)
        .contains("L1 S1 w1 g2 = N/A");
    assertThat(jdbc.queryForObject("select count(*) from survey_response", Integer.class))
        .isEqualTo(3);
  }

  private static void response(JdbcTemplate jdbc, String stakeholder, int wave) {
    jdbc.update(
        "insert into survey_response (programme_id, leader_id, stakeholder_key, wave_no)"
            + " values ('p', 'L1', ?, ?)",
        stakeholder,
        wave);
  }

  private static void rating(
      JdbcTemplate jdbc, String stakeholder, int wave, int goal, Integer rating) {
    jdbc.update(
        "insert into rating (programme_id, leader_id, stakeholder_key, wave_no, goal_no, rating)"
            + " values ('p', 'L1', ?, ?, ?, ?)",
        stakeholder,
        wave,
        goal,
        rating);
  }

  private static void migrate(DataSource dataSource, String target) {
    var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    config.load().migrate();
  }
}
