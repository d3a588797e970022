package vn.police.grievance.figures;

import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.police.grievance.support.PostgresAvailable;
import vn.police.grievance.support.PostgresCondition;

/** {@link FiguresScenario} on PostgreSQL, on a database of its own, dropped afterwards. */
@PostgresAvailable
class FiguresKnownSetPostgresTest extends FiguresScenario {

  static final String DATABASE = "figures_known_" + Long.toString(System.nanoTime(), 36);

  static JdbcClient server() {
    return JdbcClient.create(
        new DriverManagerDataSource(PostgresCondition.url(), PostgresCondition.user(), PostgresCondition.password()));
  }

  static String urlOf(String database) {
    String url = PostgresCondition.url();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
  }

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    server().sql("CREATE DATABASE " + DATABASE).update();
    registry.add("spring.datasource.url", () -> urlOf(DATABASE));
    registry.add("spring.datasource.username", PostgresCondition::user);
    registry.add("spring.datasource.password", PostgresCondition::password);
  }

  @AfterAll
  void dropDatabase() {
    server().sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").update();
  }
}
