package vn.police.grievance.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
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

/**
 * My notifications, web layer alone: the caller's groups (from the login's GROUP_ authorities) pick
 * the notices, at most 100. The security filter chain is left out of this slice and covered by
 * {@code security/AuthorizationMatrixTest}.
 */
@WebMvcTest(controllers = NotificationController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUsers.class)
class NotificationControllerWebTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @MockitoBean Notifications notifications;

  @Test
  void theSliceRunsWithoutTheEngineOrADatabase() {
    WebSlices.assertWebLayerOnly(context);
  }

  @Test
  @WithMockUser(username = "tp.haucan", authorities = {"GROUP_pv01", "GROUP_pv01-head", "ROLE_USER"})
  void theNoticesOfEveryGroupOfTheCallerAreListedAsJson() throws Exception {
    when(notifications.forPerson(any(), any(), anyBoolean(), anyInt())).thenReturn(List.of(
        new Notification(9L, "pv01-head", 3L, "REMINDER", "Sắp đến hạn KN-2026-000003",
            OffsetDateTime.parse("2026-03-10T07:00:00+07:00"), false),
        new Notification(8L, "pv01", null, "ESCALATION", "Quá hạn", OffsetDateTime.parse("2026-03-09T07:00:00+07:00"), true)));

    mvc.perform(get("/api/notifications"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].id").value(9))
        .andExpect(jsonPath("$[0].recipientGroup").value("pv01-head"))
        .andExpect(jsonPath("$[0].itemId").value(3))
        .andExpect(jsonPath("$[0].kind").value("REMINDER"))
        .andExpect(jsonPath("$[0].message").value("Sắp đến hạn KN-2026-000003"))
        .andExpect(jsonPath("$[0].createdAt").value("2026-03-10T07:00:00+07:00"))
        .andExpect(jsonPath("$[0].read").value(false))
        .andExpect(jsonPath("$[1].read").value(true))
        // a notice about no item leaves the field out
        .andExpect(jsonPath("$[1].itemId").doesNotExist());

    // roles are not groups; 50 unless asked for another number
    verify(notifications).forPerson(Set.of("pv01", "pv01-head"), "tp.haucan", false, 50);
  }

  @Test
  @WithMockUser(username = "quantri", authorities = {"ROLE_USER"})
  void someoneInNoGroupGetsAnEmptyList() throws Exception {
    when(notifications.forPerson(eq(Set.of()), any(), anyBoolean(), anyInt())).thenReturn(List.of());

    mvc.perform(get("/api/notifications").param("limit", "5"))
        .andExpect(status().isOk())
        .andExpect(content().json("[]"));
    verify(notifications).forPerson(Set.of(), "quantri", false, 5);
  }

  @Test
  @WithMockUser(username = "quantri", authorities = {"ROLE_USER"})
  void aLimitBeyondAHundredIsAProblemNotASilentCap() throws Exception {
    mvc.perform(get("/api/notifications").param("limit", "5000"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }
}
