package vn.police.grievance.notification;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.police.grievance.system.CurrentUsers;

/** My e-mail preference, web layer alone: always the caller's own, never anyone else's. */
@WebMvcTest(controllers = NotificationPreferenceController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUsers.class)
class NotificationPreferenceControllerWebTest {

  @Autowired MockMvc mvc;

  @MockitoBean MailPreferences preferences;

  @Test
  @WithMockUser(username = "xa.longhoa", authorities = "GROUP_cax-long-hoa")
  void theCallerReadsAndSetsTheirOwnPreference() throws Exception {
    when(preferences.wantsEmail("xa.longhoa")).thenReturn(false);

    mvc.perform(put("/api/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\":false,\"userId\":\"lanhdao\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.email").value(false));
    verify(preferences).setEmail("xa.longhoa", false);
    verify(preferences, never()).setEmail("lanhdao", false);
    mvc.perform(get("/api/notifications/preferences")).andExpect(status().isOk()).andExpect(jsonPath("$.email").value(false));
  }

  @Test
  @WithMockUser(username = "xa.longhoa", authorities = "GROUP_cax-long-hoa")
  void aChoiceLeftOutIsA400ProblemAndChangesNothing() throws Exception {
    mvc.perform(put("/api/notifications/preferences").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("email"));
    verify(preferences, never()).setEmail(anyString(), anyBoolean());
  }
}
