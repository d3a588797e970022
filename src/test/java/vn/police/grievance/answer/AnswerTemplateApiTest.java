package vn.police.grievance.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.police.grievance.support.ProcessTestSupport.answerNow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/** The reception office keeps answer templates, every version kept; the drafter is offered them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnswerTemplateApiTest {

  static final RequestPostProcessor RECEPTION = httpBasic("tiepnhan", "Demo@2026!");
  static final RequestPostProcessor LEADER = httpBasic("lanhdao", "Demo@2026!");
  static final RequestPostProcessor UNIT = httpBasic("xa.longhoa", "Demo@2026!");
  static final String REG = "42/2021/NĐ-CP";

  @Autowired vn.police.grievance.tasklist.TaskContext taskContext;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;

  @Test
  void theReceptionOfficeKeepsTemplatesWithTheirHistoryAndTheDrafterIsOfferedTheActiveOnes() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String body = "{\"category\":\"FACILITIES\",\"regulationCode\":\"" + REG + "\",\"title\":\"Trụ sở " + marker
        + "\",\"body\":\"Căn cứ Nghị định 42/2021/NĐ-CP, trụ sở được bố trí từ ngân sách. " + marker + "\"}";
    mvc.perform(post("/api/answer-templates").with(UNIT).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/answer-templates").with(LEADER).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/answer-templates").with(RECEPTION).contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"WEATHER\",\"regulationCode\":\"KHONG-CO\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("category", "title", "body", "regulationCode")));
    String created = mvc.perform(post("/api/answer-templates").with(RECEPTION).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.version").value(1))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    long id = json.readTree(created).path("id").asLong();

    // the drafter of an immediate answer on a facilities item citing the regulation is offered it
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    String offered = String.valueOf(taskContext.of(driver.task(item, "userTask_draftImmediateAnswer").getId()).get("ctxAnswerTemplates"));
    assertThat(offered).contains("Trụ sở " + marker, "trụ sở được bố trí từ ngân sách. " + marker);

    mvc.perform(put("/api/answer-templates/" + id).param("version", "1").with(RECEPTION).contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("từ ngân sách", "từ ngân sách địa phương")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2));
    // an edit from the version read before someone else's is refused, not lost
    mvc.perform(put("/api/answer-templates/" + id).param("version", "1").with(RECEPTION).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isConflict());
    mvc.perform(delete("/api/answer-templates/" + id).with(RECEPTION)).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RETIRED"));
    mvc.perform(get("/api/answer-templates/" + id + "/history").with(LEADER)).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[0].status").value("RETIRED"))
        .andExpect(jsonPath("$[2].body").value(org.hamcrest.Matchers.containsString("từ ngân sách. ")));
    mvc.perform(get("/api/answer-templates").with(RECEPTION)).andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id))));
    mvc.perform(get("/api/answer-templates").param("all", "true").with(RECEPTION))
        .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItem((int) id)));
    mvc.perform(get("/api/answer-templates").with(UNIT)).andExpect(status().isForbidden());

    // a retired template is offered no more
    GrievanceItem next = driver.submit("FACILITIES");
    driver.complete(next, "userTask_triage", "tiepnhan", answerNow(REG));
    assertThat(String.valueOf(taskContext.of(driver.task(next, "userTask_draftImmediateAnswer").getId()).get("ctxAnswerTemplates"))).doesNotContain(marker);
  }
}
