package vn.police.grievance.regulation;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.police.grievance.support.WebSlices;

/**
 * The regulation catalogue's search, web layer alone: parameter defaults and limits, JSON shape.
 * The controller does not ask who is calling; the security filter chain is left out of this slice
 * and covered by {@code security/AuthorizationMatrixTest}.
 */
@WebMvcTest(controllers = RegulationController.class)
@org.springframework.context.annotation.Import(vn.police.grievance.system.CurrentUsers.class)
@AutoConfigureMockMvc(addFilters = false)
@WithMockUser(username = "cv.haucan", authorities = "GROUP_pv01")
class RegulationControllerWebTest {

  static final Regulation DECREE = new Regulation(
      3L, "ND-42/2021", "Nghị định về công an xã", "Chính phủ", LocalDate.of(2021, 3, 31),
      RegulationStatus.IN_FORCE, null, List.of("STAFFING", "ALLOWANCES"), "công an xã, phụ cấp", false);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @MockitoBean RegulationRepository regulations;
  @MockitoBean RegulationCatalogue catalogue;

  @Test
  void theSliceRunsWithoutTheEngineOrADatabase() {
    WebSlices.assertWebLayerOnly(context);
  }

  @Test
  void aSearchWithoutParametersAsksForAtMost50OfAnyStatus() throws Exception {
    when(regulations.search(any(), any(), anyBoolean(), anyInt())).thenReturn(List.of(DECREE));

    mvc.perform(get("/api/regulations"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].code").value("ND-42/2021"))
        .andExpect(jsonPath("$[0].issuedOn").value("2021-03-31"))
        .andExpect(jsonPath("$[0].status").value("IN_FORCE"))
        .andExpect(jsonPath("$[0].categories[1]").value("ALLOWANCES"))
        .andExpect(jsonPath("$[0].summary").doesNotExist());
    verify(regulations).search(null, null, false, 50);
  }

  @Test
  void textCategoryCitabilityAndLimitAreBoundAsGiven() throws Exception {
    mvc.perform(get("/api/regulations")
            .param("q", "phụ cấp").param("category", "ALLOWANCES").param("citableOnly", "true").param("limit", "200"))
        .andExpect(status().isOk());
    verify(regulations).search("phụ cấp", "ALLOWANCES", true, 200);
  }

  @Test
  void aLimitOutside1To200IsA400ProblemNamingIt() throws Exception {
    for (String limit : List.of("0", "201")) {
      mvc.perform(get("/api/regulations").param("limit", limit))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.type").value("urn:problem:grievance:validation"))
          .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }
    verifyNoInteractions(regulations);
  }

  @Test
  void aSearchTextOver200CharactersIsA400ProblemNamingQ() throws Exception {
    mvc.perform(get("/api/regulations").param("q", "x".repeat(201)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
    verifyNoInteractions(regulations);
  }

  @Test
  void aCitableOnlyThatIsNoBooleanIsA400ProblemNamingIt() throws Exception {
    mvc.perform(get("/api/regulations").param("citableOnly", "maybe"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("citableOnly"));
    verifyNoInteractions(regulations);
  }
}
