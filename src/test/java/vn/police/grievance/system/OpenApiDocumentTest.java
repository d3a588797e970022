package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API document as a signed-in client reads it, written to {@code target/openapi.json} for CI's
 * {@code redocly lint} (see .ci/run).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiDocumentTest {

  static final Path EXPORT = Path.of("target", "openapi.json");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Test
  void theDocumentIsExportedForTheLinter() throws Exception {
    String body = mvc.perform(get("/api/openapi").with(httpBasic("tiepnhan", "Demo@2026!")).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    JsonNode document = json.readTree(body);
    Files.createDirectories(EXPORT.getParent());
    Files.writeString(EXPORT, json.writerWithDefaultPrettyPrinter().writeValueAsString(document), StandardCharsets.UTF_8);
    assertThat(document.path("paths").size()).isPositive();
  }

  @Test
  void theDocumentSaysWhoWeAreHowToSignInAndWhatEachCallAnswers() throws Exception {
    JsonNode document = json.readTree(
        mvc.perform(get("/api/openapi").with(httpBasic("tiepnhan", "Demo@2026!")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(document.at("/info/title").asText()).isEqualTo(ApiDocumentation.TITLE);
    assertThat(document.at("/info/version").asText()).isNotBlank().isNotEqualTo("v0");
    assertThat(document.at("/components/securitySchemes/" + ApiDocumentation.BASIC + "/scheme").asText()).isEqualTo("basic");
    assertThat(document.at("/components/securitySchemes/" + ApiDocumentation.SESSION + "/in").asText()).isEqualTo("cookie");
    assertThat(document.path("security").size()).isEqualTo(2);

    JsonNode submit = document.at("/paths/~1api~1items/post/responses");
    assertThat(submit.has("201")).isTrue();
    assertThat(submit.at("/201/headers/Location").isMissingNode()).isFalse();
    assertThat(submit.has("200")).as("a retried submission").isTrue();
    assertThat(submit.at("/409/content/application~1problem+json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/" + ApiDocumentation.PROBLEM);

    for (String path : new String[] {"/api/audit/items", "/api/audit/items.csv", "/api/audit/items.pdf"}) {
      JsonNode parameters = document.path("paths").path(path).at("/get/parameters");
      assertThat(parameters.findValuesAsText("name")).as(path).contains("q", "unit", "state", "from", "to").doesNotContain("criteria");
    }
    assertThat(document.at("/paths/~1api~1audit~1items.csv/get/responses/200/content").has("text/csv")).isTrue();
    assertThat(document.at("/paths/~1api~1audit~1items~1{reference}.pdf/get/responses/200/content").has("application/pdf")).isTrue();
  }
}
