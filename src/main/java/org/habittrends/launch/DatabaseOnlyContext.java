package org.habittrends.launch;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * The application context of a command that only reads the database ({@code status}): the data
 * source, a JdbcTemplate and Flyway, with the same settings as the full application (so an older
 * workspace database is migrated first, as a run would), but no jobs, steps, renderers, mail or
 * scan of the code base: it starts in a fraction of the time.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  DataSourceAutoConfiguration.class,
  JdbcTemplateAutoConfiguration.class,
  FlywayAutoConfiguration.class
})
class DatabaseOnlyContext {}
