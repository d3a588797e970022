package vn.police.grievance.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.police.grievance.item.Page;
import vn.police.grievance.support.WebSlices;
import vn.police.grievance.system.CurrentUsers;

/**
 * The figures' and reports' API, web layer alone: the period and drill-down parameters and their
 * problems, and the report downloads' headers. The figures themselves are tested on a known set of
 * items ({@code FiguresKnownSetTest}); who may call what in {@code security/AuthorizationMatrixTest}.
 */
@WebMvcTest(controllers = {FiguresController.class, ReportController.class})
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUsers.class)
@WithMockUser(username = "lanhdao", authorities = {"GROUP_leadership", "ROLE_USER"})
class FiguresControllerWebTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @MockitoBean FiguresService figures;
  @MockitoBean FiguresAccess access;
  @MockitoBean ReportService reports;

  @BeforeEach
  void leadershipSeesTheProvince() {
    when(access.scopeOf(any())).thenReturn(FiguresScope.all());
    when(access.mayGenerate(any())).thenReturn(true);
    when(figures.today()).thenReturn(LocalDate.of(2027, 3, 22));
    when(figures.defaultFrom()).thenReturn(LocalDate.of(2027, 1, 1));
  }

  @Test
  void staysAWebLayer() {
    WebSlices.assertWebLayerOnly(context);
  }

  @Test
  void theDashboardDefaultsToTheLastThreeMonthsToToday() throws Exception {
    mvc.perform(get("/api/figures/dashboard")).andExpect(status().isOk());
    verify(figures).dashboard(eq(LocalDate.of(2027, 1, 1)), eq(LocalDate.of(2027, 3, 22)), eq(FiguresScope.all()));
  }

  @Test
  void aDrillDownIsReadFromItsQueryKeysInCapitals() throws Exception {
    when(figures.drill(any(), any(), anyInt(), anyInt())).thenReturn(new Page<>(List.of(), 0, 50, 0));
    mvc.perform(get("/api/figures/items?set=overdue&step=sign_off&department=none&size=20&page=1"))
        .andExpect(status().isOk());
    ArgumentCaptor<Drill> drill = ArgumentCaptor.forClass(Drill.class);
    verify(figures).drill(drill.capture(), eq(FiguresScope.all()), eq(1), eq(20));
    assertThat(drill.getValue().set()).isEqualTo(Drill.Set.OVERDUE);
    assertThat(drill.getValue().step()).isEqualTo("SIGN_OFF");
    assertThat(drill.getValue().department()).isEqualTo(Drill.NONE);
  }

  @Test
  void anUnknownSetKeyOrMissingPeriodIsAProblemOfItsField() throws Exception {
    mvc.perform(get("/api/figures/items?set=EVERYTHING"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("set"));
    mvc.perform(get("/api/figures/items?set=RECEIVED"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(get("/api/figures/items?set=OPEN&category=WEATHER"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("category"));
    mvc.perform(get("/api/figures/items?set=OPEN&size=501")).andExpect(status().isBadRequest());
    verifyNoInteractions(figures);
  }

  @Test
  void aReportDownloadsAsAnAttachmentNamedForItsPeriod() throws Exception {
    when(reports.file(7, "xlsx")).thenReturn(new ReportService.File("bao-cao-thang-2027-03.xlsx", new byte[] {1, 2}));
    mvc.perform(get("/api/figures/reports/7.xlsx"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", ReportController.XLSX.toString()))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-thang-2027-03.xlsx")));
  }

  @Test
  void whoMayNotGenerateIsRefusedBeforeAnythingIsGenerated() throws Exception {
    org.mockito.Mockito.doThrow(new AccessDeniedException("no")).when(access).checkGenerate(any());
    mvc.perform(get("/api/figures/reports/new.pdf?from=2027-03-01&to=2027-03-31")).andExpect(status().isForbidden());
    verifyNoInteractions(reports);
  }
}
