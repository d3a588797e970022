package vn.police.grievance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The figures' Cockpit plugin, checked without a browser: registered, read-only, self-contained, text kept inert. */
class FiguresCockpitPluginTest {

  static final String COCKPIT = "META-INF/resources/webjars/camunda/app/cockpit/scripts/";

  static String read(String path) throws Exception {
    return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void cockpitLoadsThePluginFromItsConfiguration() throws Exception {
    assertThat(read(COCKPIT + "config.js")).containsPattern("customScripts: \\[[^\\]]*'scripts/figures/figures-plugin'");
    assertThat(new ClassPathResource(COCKPIT + "figures/figures-plugin.js").exists()).isTrue();
  }

  @Test
  void thePluginOnlyReadsNeverInjectsMarkupAndFetchesNothingFromElsewhere() throws Exception {
    String plugin = read(COCKPIT + "figures/figures-plugin.js");
    assertThat(plugin).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain("eval(");
    assertThat(plugin).doesNotContainPattern("method:\\s*['\"](POST|PUT|DELETE|PATCH)");
    // charts are drawn here; no script, style or font comes from another site at run time
    assertThat(plugin).doesNotContainPattern("https?://(?!www\\.w3\\.org/2000/svg)");
    assertThat(plugin).contains("pluginPoint: 'cockpit.dashboard'").contains("pluginPoint: 'cockpit.route'")
        .contains("pluginPoint: 'cockpit.navigation'").contains("export default [");
  }
}
