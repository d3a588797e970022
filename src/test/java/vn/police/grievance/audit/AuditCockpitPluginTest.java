package vn.police.grievance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The Cockpit plugin's file, checked without a browser: registered, read-only, text kept inert. */
class AuditCockpitPluginTest {

  static final String COCKPIT = "META-INF/resources/webjars/camunda/app/cockpit/scripts/";

  static String read(String path) throws Exception {
    return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void cockpitLoadsThePluginFromItsConfiguration() throws Exception {
    assertThat(read(COCKPIT + "config.js")).containsPattern("customScripts: \\[[^\\]]*'scripts/audit/audit-plugin'");
    assertThat(new ClassPathResource(COCKPIT + "audit/audit-plugin.js").exists()).isTrue();
  }

  @Test
  void thePluginOnlyReadsAndNeverInjectsMarkup() throws Exception {
    String plugin = read(COCKPIT + "audit/audit-plugin.js");
    assertThat(plugin).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain("eval(");
    assertThat(plugin).doesNotContainPattern("method:\\s*['\"](POST|PUT|DELETE|PATCH)");
    assertThat(plugin).contains("pluginPoint: 'cockpit.route'").contains("pluginPoint: 'cockpit.navigation'")
        .contains("export default [");
  }
}
