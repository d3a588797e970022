package vn.police.grievance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The deployed start form as the engine hands it to Tasklist and to the engine REST API: the
 * engine's form service is ours, and writes in the choices of whoever is signed in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StartFormServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired FormService formService;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void theEngineServesTheStartFormWithTheCommuneOfficersOwnUnitChosen() throws Exception {
    identity.setAuthentication("xa.longhoa", List.of("cax-long-hoa"));
    JsonNode unit = field(startForm(), "unitId");

    assertThat(unit.path("values").findValuesAsText("value")).containsExactly("cax-long-hoa");
    assertThat(unit.path("defaultValue").asText()).isEqualTo("cax-long-hoa");
    assertThat(unit.path("readonly").asBoolean()).isTrue();
  }

  @Test
  void theEngineServesTheStartFormWithEveryCommuneForTheReceptionOffice() throws Exception {
    identity.setAuthentication("tiepnhan", List.of("reception"));
    JsonNode form = startForm();

    assertThat(field(form, "unitId").path("values").findValuesAsText("value"))
        .contains("cax-long-hoa", "catt-can-duoc", "cax-phuoc-lam")
        .doesNotContain("dept-hau-can", "reception");
    assertThat(field(form, "category").path("values")).hasSize(8);
    assertThat(form.findValues("valuesKey")).isEmpty();
  }

  private JsonNode startForm() throws Exception {
    String id =
        repository.createProcessDefinitionQuery().processDefinitionKey("grievance-handling").latestVersion().singleResult().getId();
    try (InputStream in = formService.getDeployedStartForm(id)) {
      return JSON.readTree(in);
    }
  }

  private static JsonNode field(JsonNode form, String key) {
    List<JsonNode> all = new ArrayList<>();
    form.path("components").forEach(all::add);
    return all.stream().filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow();
  }
}
