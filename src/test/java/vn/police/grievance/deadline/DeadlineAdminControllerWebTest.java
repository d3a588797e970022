package vn.police.grievance.deadline;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.CurrentUsers;

/**
 * Deadlines and declared days, web layer alone: binding, the version asked for, and the service's
 * refusals as problems (403, 409). Who may change what is {@link DeadlineSettings}' (mocked here).
 */
@WebMvcTest(controllers = DeadlineAdminController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUsers.class)
@WithMockUser(username = "quantri", authorities = "GROUP_camunda-admin")
class DeadlineAdminControllerWebTest {

  @Autowired MockMvc mvc;

  @MockitoBean DeadlineSettings settings;

  @Test
  void theStepsAreListedWithTheirDefaultAndVersion() throws Exception {
    when(settings.steps()).thenReturn(List.of(new DeadlineSettings.StepDeadline("TRIAGE", "Phân loại", 4, 2, 3)));

    mvc.perform(get("/api/admin/deadlines"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].step").value("TRIAGE"))
        .andExpect(jsonPath("$[0].workingDays").value(4))
        .andExpect(jsonPath("$[0].defaultDays").value(2))
        .andExpect(jsonPath("$[0].version").value(3));
  }

  @Test
  void anEditWithoutTheVersionReadIsA400AndChangesNothing() throws Exception {
    mvc.perform(put("/api/admin/deadlines/TRIAGE").contentType(MediaType.APPLICATION_JSON).content("{\"workingDays\":3}"))
        .andExpect(status().isBadRequest());
    verify(settings, never()).setWorkingDays(any(), anyInt(), any(), any());
  }

  @Test
  void theServicesRefusalsBecome403And409Problems() throws Exception {
    when(settings.setWorkingDays(eq("TRIAGE"), eq(1), any(), any()))
        .thenThrow(new ConflictException("Thời hạn vừa được người khác sửa"));
    mvc.perform(put("/api/admin/deadlines/TRIAGE").param("version", "1").contentType(MediaType.APPLICATION_JSON)
            .content("{\"workingDays\":3}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Thời hạn vừa được người khác sửa"));

    org.mockito.Mockito.doThrow(new AccessDeniedException("Chỉ quản trị viên"))
        .when(settings).removeDay(eq(LocalDate.of(2026, 9, 3)), any());
    mvc.perform(delete("/api/admin/calendar-days/2026-09-03"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aMalformedDateIsA400() throws Exception {
    mvc.perform(delete("/api/admin/calendar-days/3-9-2026")).andExpect(status().isBadRequest());
  }
}
