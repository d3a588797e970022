package vn.police.grievance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.police.grievance.support.ProcessTestSupport.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/** The auditors' API: search, files, verification, and who may use it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditApiTest {

  static final String PASSWORD = "Demo@2026!";
  static final RequestPostProcessor AUDITOR = httpBasic("thanhtra", PASSWORD);
  static final String REG = "42/2021/NĐ-CP";
  static final String AWKWARD_REASON = "Nêu rõ \"nguồn kinh phí\", thời hạn\r\nvà người chịu trách nhiệm";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;

  private GrievanceItem finishedItem() {
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Bản 1", REG));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision(AWKWARD_REASON));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan",
        immediateAnswer("Trụ sở được bố trí từ ngân sách địa phương năm 2027; đề nghị Công an xã phối hợp UBND xã.", REG));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    return driver.reload(item);
  }

  private GrievanceItem itemAtLogistics() {
    GrievanceItem item = driver.submit("EQUIPMENT");
    driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    return driver.reload(item);
  }

  private JsonNode getJson(String path, RequestPostProcessor who) throws Exception {
    return json.readTree(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
  }

  private List<String> references(JsonNode page) {
    List<String> refs = new ArrayList<>();
    page.get("content").forEach(n -> refs.add(n.get("reference").asText()));
    return refs;
  }

  // --- Search and files -----------------------------------------------------------------------

  @Test
  void auditorsFindRunningAndFinishedItemsByEveryCriterion() throws Exception {
    GrievanceItem finished = finishedItem();
    GrievanceItem running = itemAtLogistics();
    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    assertThat(references(getJson("/api/audit/items?q=" + finished.reference(), AUDITOR))).containsExactly(finished.reference());
    assertThat(references(getJson("/api/audit/items?size=200&state=FINISHED", AUDITOR)))
        .contains(finished.reference()).doesNotContain(running.reference());
    assertThat(references(getJson("/api/audit/items?size=200&state=RUNNING", AUDITOR)))
        .contains(running.reference()).doesNotContain(finished.reference());
    assertThat(references(getJson("/api/audit/items?size=200&department=dept-hau-can&status=AT_DEPARTMENT&category=EQUIPMENT", AUDITOR)))
        .contains(running.reference()).doesNotContain(finished.reference());
    assertThat(references(getJson("/api/audit/items?size=200&unit=cax-long-hoa&category=FACILITIES&status=CLOSED&from=" + today
        + "&to=" + today, AUDITOR))).contains(finished.reference()).doesNotContain(running.reference());
    assertThat(references(getJson("/api/audit/items?size=200&to=2020-01-01", AUDITOR))).isEmpty();

    JsonNode first = getJson("/api/audit/items?q=" + running.reference(), AUDITOR).get("content").get(0);
    assertThat(first.get("unit").get("label").asText()).contains("Công an xã Long Hòa");
    assertThat(first.get("department").get("label").asText()).contains("Phòng Hậu cần");
    assertThat(first.get("finished").asBoolean()).isFalse();
    assertThat(first.get("processInstanceId").asText()).isEqualTo(running.processInstanceId());

    mvc.perform(get("/api/audit/items?category=WEATHER&state=SOMETIMES").with(AUDITOR))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
        .andExpect(jsonPath("$.errors[?(@.field=='category')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='state')]").exists());
  }

  @Test
  void theFileOfAnItemIsReadOverTheApiAndAnUnknownReferenceIsAProblem() throws Exception {
    GrievanceItem item = finishedItem();
    JsonNode file = getJson("/api/audit/items/" + item.reference(), AUDITOR);
    assertThat(file.get("reference").asText()).isEqualTo(item.reference());
    assertThat(file.get("running").asBoolean()).isFalse();
    assertThat(file.get("finalAnswer").get("signedBy").asText()).isEqualTo("lanhdao");
    assertThat(file.get("regulationsCited").get(0).get("code").asText()).isEqualTo(REG);
    List<String> kinds = new ArrayList<>();
    file.get("entries").forEach(e -> kinds.add(e.get("kind").asText()));
    assertThat(kinds).startsWith("SUBMITTED").endsWith("PROCESS_ENDED").contains("RETURNED_FOR_REVISION", "SIGNED_OFF");

    mvc.perform(get("/api/audit/items/KN-1999-000000").with(AUDITOR))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
  }

  @Test
  void theVerificationEndpointReportsTheChainAndTheOptionsCarryVietnameseLabels() throws Exception {
    driver.submit("OTHER");
    mvc.perform(get("/api/audit/verification").with(AUDITOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.intact").value(true))
        .andExpect(jsonPath("$.headHash").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
    mvc.perform(get("/api/audit/options").with(AUDITOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.categories[?(@.key=='FACILITIES')].label").value(org.hamcrest.Matchers.hasItem("Trụ sở, cơ sở vật chất")))
        .andExpect(jsonPath("$.states[?(@.key=='FINISHED')].label").value(org.hamcrest.Matchers.hasItem("Đã kết thúc")))
        .andExpect(jsonPath("$.departments[?(@.key=='dept-hau-can')]").exists())
        .andExpect(jsonPath("$.units[?(@.key=='cax-long-hoa')]").exists());
  }

  @Test
  void onlyInspectorsTheLeadershipAndAdministratorsReadFiles() throws Exception {
    GrievanceItem item = itemAtLogistics();
    for (String user : List.of("thanhtra", "lanhdao", "quantri")) {
      mvc.perform(get("/api/audit/items/" + item.reference()).with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
    }
    for (String user : List.of("tiepnhan", "cv.haucan", "tp.haucan", "xa.longhoa", "huyen.canduoc")) {
      for (String path : List.of("/api/audit/items/" + item.reference(), "/api/audit/items", "/api/audit/verification")) {
        mvc.perform(get(path).with(httpBasic(user, PASSWORD)))
            .andExpect(status().isForbidden())
            .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
      }
    }
    mvc.perform(get("/api/audit/items")).andExpect(status().isUnauthorized());
  }

}
