package vn.police.grievance.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.police.grievance.item.Category;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.system.CurrentUser;

/**
 * The start form as Tasklist receives it: {@code forms/grievance-submission.form} with the choices
 * of the person who opens it written in.
 */
class StartFormOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path START_FORM = Path.of("forms", "grievance-submission.form");

  static final OrgUnit LONG_HOA = commune("cax-long-hoa", "Công an xã Long Hòa");
  static final OrgUnit CAN_DUOC = commune("catt-can-duoc", "Công an thị trấn Cần Đước");
  static final OrgUnit PHUOC_LAM = commune("cax-phuoc-lam", "Công an xã Phước Lâm");

  OrganisationService organisation = mock(OrganisationService.class);
  StartFormOptions options = new StartFormOptions(organisation);

  @BeforeEach
  void organisation() {
    when(organisation.communes()).thenReturn(List.of(LONG_HOA, CAN_DUOC, PHUOC_LAM));
    when(organisation.communeOf(any())).thenReturn(Optional.empty());
    when(organisation.communeOf(Set.of("cax-long-hoa"))).thenReturn(Optional.of(LONG_HOA));
  }

  @Test
  void aCommuneOfficerFindsTheirOwnUnitChosenAndFixed() throws IOException {
    JsonNode unit = field(formFor("xa.longhoa", "cax-long-hoa"), "unitId");

    assertThat(options(unit)).containsExactly(Map.entry("cax-long-hoa", "Công an xã Long Hòa"));
    assertThat(unit.path("defaultValue").asText()).isEqualTo("cax-long-hoa");
    assertThat(unit.path("readonly").asBoolean()).isTrue();
    assertThat(unit.has("valuesKey")).isFalse();
  }

  @Test
  void theReceptionOfficeChoosesAmongAllCommunesInVietnameseOrderAndMustChoose() throws IOException {
    JsonNode unit = field(formFor("tiepnhan", "reception"), "unitId");

    assertThat(options(unit).values())
        .containsExactly("Công an thị trấn Cần Đước", "Công an xã Long Hòa", "Công an xã Phước Lâm");
    assertThat(unit.has("defaultValue")).isFalse();
    assertThat(unit.path("readonly").asBoolean()).isFalse();
    assertThat(unit.path("validate").path("required").asBoolean()).isTrue();
  }

  @Test
  void everyoneChoosesAmongEveryCategoryByItsVietnameseName() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      expected.put(c.name(), c.labelVi());
    }

    for (JsonNode form : List.of(formFor("xa.longhoa", "cax-long-hoa"), formFor("tiepnhan", "reception"))) {
      JsonNode category = field(form, "category");
      assertThat(options(category)).isEqualTo(expected);
      assertThat(category.has("valuesKey")).isFalse();
      assertThat(category.path("validate").path("required").asBoolean()).isTrue();
    }
  }

  @Test
  void theRestOfTheFormIsLeftAsDeployed() throws IOException {
    JsonNode deployed = JSON.readTree(Files.readAllBytes(START_FORM));
    JsonNode served = formFor("tiepnhan", "reception");

    assertThat(served.path("id")).isEqualTo(deployed.path("id"));
    assertThat(served.path("schemaVersion")).isEqualTo(deployed.path("schemaVersion"));
    assertThat(field(served, "title")).isEqualTo(field(deployed, "title"));
    assertThat(field(served, "content")).isEqualTo(field(deployed, "content"));
  }

  @Test
  void aFormThatIsNotACamundaFormPassesUnchanged() {
    byte[] html = "<form><input cam-variable-name=\"title\"></form>".getBytes();

    assertThat(StartFormSchema.fill(html, options.choicesFor(user("tiepnhan", "reception")))).isEqualTo(html);
  }

  private JsonNode formFor(String userId, String... groups) throws IOException {
    byte[] filled = StartFormSchema.fill(Files.readAllBytes(START_FORM), options.choicesFor(user(userId, groups)));
    return JSON.readTree(filled);
  }

  private static CurrentUser user(String userId, String... groups) {
    return new CurrentUser(userId, Set.of(groups));
  }

  private static JsonNode field(JsonNode form, String key) {
    List<JsonNode> all = new ArrayList<>();
    collect(form, all);
    return all.stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key));
  }

  private static void collect(JsonNode parent, List<JsonNode> into) {
    for (JsonNode c : parent.path("components")) {
      into.add(c);
      collect(c, into);
    }
  }

  /** Value to label, in the order offered. */
  private static Map<String, String> options(JsonNode field) {
    Map<String, String> result = new LinkedHashMap<>();
    field.path("values").forEach(v -> result.put(v.path("value").asText(), v.path("label").asText()));
    return result;
  }

  private static OrgUnit commune(String id, String name) {
    return new OrgUnit(id, UnitKind.COMMUNE, name, name, "cah-can-duoc", true, false);
  }
}
