package vn.police.grievance.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link BrowserAvailable}. */
public class BrowserCondition implements ExecutionCondition {

  public static Path chromium() {
    return Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
  }

  public static Path chromedriver() {
    return Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    for (Path binary : new Path[] {chromium(), chromedriver()}) {
      if (!Files.isExecutable(binary)) {
        String reason = binary + " is not installed (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          throw new IllegalStateException("CI requires a browser: " + reason);
        }
        return ConditionEvaluationResult.disabled(reason + "; browser tests skipped");
      }
    }
    return ConditionEvaluationResult.enabled("Chromium and chromedriver installed");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
