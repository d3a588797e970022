package vn.police.grievance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/** Each member of a unit reads its notices on their own; nobody marks another group's notice. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationReadTest {

  static final RequestPostProcessor LONG_HOA = httpBasic("xa.longhoa", "Demo@2026!");
  static final RequestPostProcessor PHUOC_LAM = httpBasic("xa.phuoclam", "Demo@2026!");

  @Autowired MockMvc mvc;
  @Autowired ProcessDriver driver;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  private long unread(RequestPostProcessor who) throws Exception {
    return json.readTree(mvc.perform(get("/api/notifications/unread-count").with(who)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).path("unread").asLong();
  }

  @Test
  void aSubmissionTellsTheUnitItsReferenceAndTheNoticeIsReadOnce() throws Exception {
    long before = unread(LONG_HOA);
    GrievanceItem item = driver.submit("FACILITIES");
    assertThat(unread(LONG_HOA)).isEqualTo(before + 1);
    long id = jdbc.sql("SELECT id FROM notification WHERE item_id = ? AND kind = 'RECEIVED'").param(item.id())
        .query(Long.class).single();
    mvc.perform(get("/api/notifications").param("unread", "true").with(LONG_HOA)).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].message").value("Đã tiếp nhận kiến nghị " + item.reference() + ": " + item.title()))
        .andExpect(jsonPath("$[0].read").value(false));
    // another unit can neither see nor mark it
    mvc.perform(post("/api/notifications/" + id + "/read").with(PHUOC_LAM)).andExpect(status().isNotFound());
    mvc.perform(post("/api/notifications/" + id + "/read").with(LONG_HOA)).andExpect(status().isOk());
    mvc.perform(post("/api/notifications/" + id + "/read").with(LONG_HOA)).andExpect(status().isOk());
    assertThat(unread(LONG_HOA)).isEqualTo(before);
    mvc.perform(get("/api/notifications").param("limit", "1").with(LONG_HOA)).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].read").value(true));
    mvc.perform(post("/api/notifications/read-all").with(LONG_HOA)).andExpect(status().isOk());
    assertThat(unread(LONG_HOA)).isZero();
  }
}
