package vn.police.grievance.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link PostgresAvailable}. */
public class PostgresCondition implements ExecutionCondition {

  public static String url() {
    return env("GRIEVANCE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  public static String user() {
    return env("GRIEVANCE_PG_USER", "postgres");
  }

  public static String password() {
    return env("GRIEVANCE_PG_PASSWORD", "");
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    try (Connection ignored = DriverManager.getConnection(url(), user(), password())) {
      return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url());
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI requires PostgreSQL at " + url() + " but it is unreachable", e);
      }
      return ConditionEvaluationResult.disabled(
          "PostgreSQL not reachable at " + url() + " (" + e.getMessage()
              + "); set GRIEVANCE_PG_URL or start a server to run these tests");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
