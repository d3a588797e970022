package vn.police.grievance.organisation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.support.WebSlices;
import vn.police.grievance.system.InvalidInputException;

/**
 * The organisation API, web layer alone: listing by kind, and adding a unit (administrators only,
 * 201). What makes a unit valid is {@link OrganisationService}'s (mocked here); the security filter
 * chain is left out of this slice and covered by {@code security/AuthorizationMatrixTest}.
 */
@WebMvcTest(controllers = OrganisationController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUsers.class)
class OrganisationControllerWebTest {

  static final OrgUnit LONG_HOA =
      new OrgUnit("cax-long-hoa", UnitKind.COMMUNE, "Công an xã Long Hòa", "Long Hoa commune police", "cah-can-duoc", true, true);
  static final OrgUnit CAN_DUOC =
      new OrgUnit("cah-can-duoc", UnitKind.DISTRICT, "Công an huyện Cần Đước", "Can Duoc district police", "province", true, false);
  static final String NEW_COMMUNE = """
      {"id":"cax-long-trach","kind":"COMMUNE","nameVi":"Công an xã Long Trạch",
       "nameEn":"Long Trach commune police","parentId":"cah-can-duoc"}""";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @MockitoBean OrganisationService organisation;

  @BeforeEach
  void units() {
    when(organisation.all()).thenReturn(List.of(LONG_HOA, CAN_DUOC));
  }

  @Test
  void theSliceRunsWithoutTheEngineOrADatabase() {
    WebSlices.assertWebLayerOnly(context);
  }

  @Test
  @WithMockUser(username = "xa.longhoa", authorities = "GROUP_cax-long-hoa")
  void everyUnitIsListedAsJson() throws Exception {
    mvc.perform(get("/api/units"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].id").value("cax-long-hoa"))
        .andExpect(jsonPath("$[0].kind").value("COMMUNE"))
        .andExpect(jsonPath("$[0].nameVi").value("Công an xã Long Hòa"))
        .andExpect(jsonPath("$[0].parentId").value("cah-can-duoc"))
        .andExpect(jsonPath("$[0].demo").value(true));
  }

  @Test
  @WithMockUser(username = "xa.longhoa", authorities = "GROUP_cax-long-hoa")
  void unitsAreFilteredByKind() throws Exception {
    mvc.perform(get("/api/units").param("kind", "DISTRICT"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value("cah-can-duoc"));
  }

  @Test
  @WithMockUser(username = "xa.longhoa", authorities = "GROUP_cax-long-hoa")
  void anUnknownKindIsA400ProblemNamingIt() throws Exception {
    mvc.perform(get("/api/units").param("kind", "VILLAGE"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:problem:grievance:validation"))
        .andExpect(jsonPath("$.errors[0].field").value("kind"))
        .andExpect(jsonPath("$.errors[0].message").value("Giá trị không hợp lệ (malformed value)"));
  }

  @Test
  @WithMockUser(username = "quantri", authorities = "GROUP_camunda-admin")
  void anAdministratorAddsAUnitAndGetsA201WithIt() throws Exception {
    NewUnit request = new NewUnit("cax-long-trach", "COMMUNE", "Công an xã Long Trạch", "Long Trach commune police", "cah-can-duoc");
    when(organisation.add(request, "quantri")).thenReturn(new OrgUnit(
        "cax-long-trach", UnitKind.COMMUNE, "Công an xã Long Trạch", "Long Trach commune police", "cah-can-duoc", true, false));

    mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).content(NEW_COMMUNE))
        .andExpect(status().isCreated())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.id").value("cax-long-trach"))
        .andExpect(jsonPath("$.kind").value("COMMUNE"))
        .andExpect(jsonPath("$.active").value(true));
    verify(organisation).add(request, "quantri");
  }

  @Test
  @WithMockUser(username = "tiepnhan", authorities = "GROUP_reception")
  void someoneWhoIsNotAnAdministratorGetsA403ProblemAndAddsNothing() throws Exception {
    mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).content(NEW_COMMUNE))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Forbidden"));
    verify(organisation, org.mockito.Mockito.never()).add(any(), any());
  }

  @Test
  @WithMockUser(username = "quantri", authorities = "GROUP_camunda-admin")
  void aUnitTheServiceRejectsIsA400ProblemListingTheFields() throws Exception {
    when(organisation.add(any(), any())).thenThrow(new InvalidInputException(List.of(
        new InvalidInputException.FieldProblem("id", "Mã đơn vị đã tồn tại (id already used)"),
        new InvalidInputException.FieldProblem("kind", "Loại đơn vị phải là COMMUNE, DISTRICT hoặc DEPARTMENT"))));

    mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"cax-long-hoa\",\"kind\":\"PROVINCE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("id", "kind")));
  }

  @Test
  @WithMockUser(username = "quantri", authorities = "GROUP_camunda-admin")
  void malformedJsonIsA400ProblemAndAddsNothing() throws Exception {
    mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).content("[\"cax-long-trach\"]"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Malformed request body"));
    verify(organisation, org.mockito.Mockito.never()).add(any(), any());
  }
}
