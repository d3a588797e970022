package vn.police.grievance.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.support.ProcessTestSupport;

/** The items API as clients meet it: submission, idempotent retries, errors, scope, search. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ItemApiTest {

  static final String PASSWORD = "Demo@2026!";
  static final RequestPostProcessor LONG_HOA = httpBasic("xa.longhoa", PASSWORD);
  static final RequestPostProcessor PHUOC_LAM = httpBasic("xa.phuoclam", PASSWORD);
  static final RequestPostProcessor RECEPTION = httpBasic("tiepnhan", PASSWORD);
  static final RequestPostProcessor CAN_DUOC_DISTRICT = httpBasic("huyen.canduoc", PASSWORD);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired vn.police.grievance.support.ProcessDriver driver;

  private long items() {
    return jdbc.sql("SELECT COUNT(*) FROM grievance_item").query(Long.class).single();
  }

  private static String body(String title) {
    return """
        {"category":"FACILITIES","title":"%s","content":"Trụ sở xuống cấp, mùa mưa bị dột.",
         "proposal":"Sửa chữa mái trụ sở","contact":"0912 000 000"}""".formatted(title);
  }

  private JsonNode submit(RequestPostProcessor who, String body) throws Exception {
    String response = mvc.perform(post("/api/items").with(who).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    return json.readTree(response);
  }

  @Test
  void aCommuneSubmitsForItsOwnUnitAndGetsAReference() throws Exception {
    mvc.perform(post("/api/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON).content(body("Trụ sở bị dột")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("/api/items/KN-")))
        .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("KN-\\d{4}-\\d{6}")))
        .andExpect(jsonPath("$.unit.key").value("cax-long-hoa"))
        .andExpect(jsonPath("$.category.label").value("Trụ sở, cơ sở vật chất"))
        .andExpect(jsonPath("$.status.key").value("IN_TRIAGE"))
        .andExpect(jsonPath("$.statusHistory[0].status").value("RECEIVED"));
  }

  @Test
  void aRetriedSubmissionWithTheSameIdempotencyKeyReturnsTheFirstItem() throws Exception {
    String key = UUID.randomUUID().toString();
    String first = mvc.perform(post("/api/items").with(LONG_HOA).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content(body("Lần gửi đầu")))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long count = items();
    mvc.perform(post("/api/items").with(LONG_HOA).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content(body("Lần gửi đầu")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reference").value(json.readTree(first).get("reference").asText()));
    assertThat(items()).isEqualTo(count);

    mvc.perform(post("/api/items").with(PHUOC_LAM).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content(body("Người khác dùng lại khóa")))
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    assertThat(items()).isEqualTo(count);
  }

  @Test
  void missingAndOverLongFieldsAreListedWithTheirLimitsAndNothingIsSaved() throws Exception {
    long before = items();
    String tooLong = "x".repeat(4001);
    mvc.perform(post("/api/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"FACILITIES\",\"content\":\"" + tooLong + "\",\"contact\":\"" + "y".repeat(201) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value(hasItem(containsString("required"))))
        .andExpect(jsonPath("$.errors[?(@.field=='content')].message").value(hasItem(containsString("at most 4000"))))
        .andExpect(jsonPath("$.errors[?(@.field=='contact')].message").value(hasItem(containsString("at most 200"))));
    assertThat(items()).isEqualTo(before);
  }

  @Test
  void aTitleOfInvisibleCharactersOnlyIsMissingAndNothingIsSaved() throws Exception {
    long before = items();
    for (String invisible : new String[] {"\u200B\u3000\u00A0", "\u200C\u200D\u2060\uFEFF", " \u200B\t\u3000 "}) {
      mvc.perform(post("/api/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(java.util.Map.of("category", "FACILITIES", "title", invisible,
                  "content", "Trụ sở xuống cấp, mùa mưa bị dột."))))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
          .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value(hasItem(containsString("required"))))
          .andExpect(jsonPath("$.errors[?(@.field=='content')]").doesNotExist());
    }
    assertThat(items()).isEqualTo(before);
  }

  @Test
  void invisiblePaddingAroundTypedTextIsNotStoredButTextInsideIsKept() throws Exception {
    JsonNode item = submit(LONG_HOA, json.writeValueAsString(java.util.Map.of(
        "category", "FACILITIES",
        "title", "\uFEFF\u00A0Trụ sở\u200B bị dột\u3000\u200B",
        "content", "\u2060 Mái tôn thủng -2 chỗ; cần sửa = 3 ngày\u00A0\n",
        "proposal", "\u200C\u200D\u3000",
        "contact", "\u200B0912 000 000\u200B")));
    assertThat(item.get("title").asText()).isEqualTo("Trụ sở\u200B bị dột");
    assertThat(item.get("content").asText()).isEqualTo("Mái tôn thủng -2 chỗ; cần sửa = 3 ngày");
    assertThat(item.hasNonNull("proposal")).isFalse();
    assertThat(item.get("contact").asText()).isEqualTo("0912 000 000");
    assertThat(jdbc.sql("SELECT title FROM grievance_item WHERE reference = ?").param(item.get("reference").asText())
        .query(String.class).single()).isEqualTo("Trụ sở\u200B bị dột");
  }

  @Test
  void unknownCategoryAndUnknownUnitAreRejected() throws Exception {
    long before = items();
    mvc.perform(post("/api/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"WEATHER\",\"title\":\"t\",\"content\":\"c\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("category"));
    mvc.perform(post("/api/items").with(RECEPTION).contentType(MediaType.APPLICATION_JSON)
            .content("{\"unitId\":\"cax-khong-co\",\"category\":\"FACILITIES\",\"title\":\"t\",\"content\":\"c\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("unitId"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("cax-khong-co")));
    assertThat(items()).isEqualTo(before);
  }

  @Test
  void malformedJsonAndWrongMediaTypeGetProblemDetails() throws Exception {
    mvc.perform(post("/api/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
        .andExpect(jsonPath("$.detail").value(containsString("malformed JSON")));
    mvc.perform(post("/api/items").with(LONG_HOA).contentType(MediaType.TEXT_PLAIN).content("title=x"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
  }

  @Test
  void theReceptionOfficeRecordsForAnyCommuneButACommuneOnlyForItself() throws Exception {
    JsonNode recorded = submit(RECEPTION, """
        {"unitId":"cax-phuoc-lam","category":"EQUIPMENT","title":"Ghi tại hội nghị","content":"Thiếu máy tính"}""");
    assertThat(recorded.get("unit").get("key").asText()).isEqualTo("cax-phuoc-lam");
    assertThat(recorded.get("submittedBy").asText()).isEqualTo("tiepnhan");
    mvc.perform(post("/api/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON)
            .content("{\"unitId\":\"cax-phuoc-lam\",\"category\":\"FACILITIES\",\"title\":\"t\",\"content\":\"c\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/items").with(httpBasic("lanhdao", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content(body("Lãnh đạo không gửi kiến nghị")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aCommuneCannotReadAnotherCommunesItemByReferenceOrBySearch() throws Exception {
    String reference = submit(LONG_HOA, body("Chỉ Long Hòa được xem")).get("reference").asText();
    mvc.perform(get("/api/items/" + reference).with(LONG_HOA)).andExpect(status().isOk());
    mvc.perform(get("/api/items/" + reference).with(PHUOC_LAM))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    mvc.perform(get("/api/items").param("unit", "cax-long-hoa").with(PHUOC_LAM))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(0));
    // the district reads its communes' items
    mvc.perform(get("/api/items/" + reference).with(CAN_DUOC_DISTRICT)).andExpect(status().isOk());
  }

  @Test
  void aDepartmentReadsTheItemsSentToItOrOnWhichItWasConsultedAndNoOthers() throws Exception {
    var item = driver.submit("FACILITIES");
    mvc.perform(get("/api/items/" + item.reference()).with(httpBasic("cv.haucan", PASSWORD))).andExpect(status().isNotFound());
    driver.complete(item, "userTask_triage", "tiepnhan",
        vn.police.grievance.support.ProcessTestSupport.sendToDepartment("dept-hau-can"));
    mvc.perform(get("/api/items/" + item.reference()).with(httpBasic("cv.haucan", PASSWORD))).andExpect(status().isOk());
    mvc.perform(get("/api/items/" + item.reference()).with(httpBasic("tp.haucan", PASSWORD))).andExpect(status().isOk());
    mvc.perform(get("/api/items/" + item.reference()).with(httpBasic("cv.phapche", PASSWORD))).andExpect(status().isNotFound());
    mvc.perform(get("/api/items").param("q", item.title()).param("size", "100").with(httpBasic("cv.phapche", PASSWORD)))
        .andExpect(jsonPath("$.content[?(@.reference=='" + item.reference() + "')]").isEmpty());
    driver.complete(item, "userTask_draftStudy", "cv.haucan", java.util.Map.of("studyText", "Cần ý kiến pháp chế",
        "proposedAnswer", "Dự thảo", "studyOutcome", "ANSWER", "consultDepartmentIds", "dept-phap-che"));
    driver.complete(item, "userTask_consult", "cv.phapche", java.util.Map.of("consultationOpinion", "Đủ căn cứ"));
    mvc.perform(get("/api/items/" + item.reference()).with(httpBasic("cv.phapche", PASSWORD))).andExpect(status().isOk());
    mvc.perform(get("/api/items").param("q", item.title()).param("size", "100").with(httpBasic("cv.phapche", PASSWORD)))
        .andExpect(jsonPath("$.content[?(@.reference=='" + item.reference() + "')]").isNotEmpty());
  }

  @Test
  void aCommuneReadingItsAnsweredItemSeesNeitherTheLeadershipsReturnNorItsReason() throws Exception {
    String returnReason = "Chưa nêu nguồn kinh phí năm 2027 – mã nội bộ LD-4821";
    String approved = "Trụ sở được bố trí từ ngân sách địa phương theo Nghị định 42/2021/NĐ-CP.";
    var item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", ProcessTestSupport.answerNow("42/2021/NĐ-CP"));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan",
        ProcessTestSupport.immediateAnswer("Bản nháp thứ nhất", "42/2021/NĐ-CP"));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", ProcessTestSupport.returnForRevision(returnReason));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan",
        ProcessTestSupport.immediateAnswer(approved, "42/2021/NĐ-CP"));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", ProcessTestSupport.approve());
    driver.runAsyncJobs(item);

    String view = mvc.perform(get("/api/items/" + item.reference()).with(LONG_HOA))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(view).contains(approved);
    assertThat(view.toLowerCase(Locale.ROOT))
        .doesNotContain(returnReason.toLowerCase(Locale.ROOT))
        .doesNotContain("trả lại")
        .doesNotContain("bản nháp thứ nhất");
  }

  @Test
  void hstsIsSentOverTlsOnly() throws Exception {
    mvc.perform(get("/api/items").with(RECEPTION).secure(true))
        .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    mvc.perform(get("/api/items").with(RECEPTION)).andExpect(header().doesNotExist("Strict-Transport-Security"));
  }

  @Test
  void searchFiltersByStatusCategoryDateAndPages() throws Exception {
    String marker = "Tìm kiếm " + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      submit(LONG_HOA, body(marker + " " + i));
    }
    mvc.perform(get("/api/items").with(RECEPTION).param("q", marker).param("category", "FACILITIES")
            .param("status", "IN_TRIAGE").param("from", "2020-01-01").param("size", "2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(3))
        .andExpect(jsonPath("$.content.length()").value(2))
        .andExpect(jsonPath("$.content[0].title").value(marker + " 2"));
    mvc.perform(get("/api/items").with(RECEPTION).param("q", marker).param("category", "STAFFING"))
        .andExpect(jsonPath("$.totalElements").value(0));
    mvc.perform(get("/api/items").with(RECEPTION).param("q", marker).param("to", "2020-01-01"))
        .andExpect(jsonPath("$.totalElements").value(0));
    mvc.perform(get("/api/items").with(RECEPTION).param("status", "LOST"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    mvc.perform(get("/api/items").with(RECEPTION).param("from", "2026-02-01").param("to", "2026-01-01"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/items").with(RECEPTION).param("size", "1000"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/items").with(RECEPTION).param("from", "hôm qua"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
  }

  @Test
  void theRegulationCatalogueIsSearchedByWordAndCategory() throws Exception {
    mvc.perform(get("/api/regulations").with(RECEPTION).param("q", "trụ sở"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code").value(hasItem("42/2021/NĐ-CP")));
    mvc.perform(get("/api/regulations").with(RECEPTION).param("category", "REPORTING"))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].demo").value(true));
  }

  @Test
  void nothingButTheLoginPageAndHealthProbeIsOpenToAnonymousCallers() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/login")).andExpect(status().isOk());
    for (String path : new String[] {"/api/items", "/api/regulations", "/api/units", "/api/openapi", "/engine-rest/task",
        "/actuator/info", "/camunda/api/engine/engine/default/task"}) {
      mvc.perform(get(path).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/camunda/app/tasklist/").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/login")));
    mvc.perform(get("/api/items").with(httpBasic("xa.phuoclam-nobody", "wrong-password"))).andExpect(status().isUnauthorized());
  }

  @Test
  void theApiIsDocumented() throws Exception {
    mvc.perform(get("/api/openapi").with(RECEPTION))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/items']").exists())
        .andExpect(jsonPath("$.paths['/api/items/{reference}']").exists())
        .andExpect(jsonPath("$.paths['/api/regulations']").exists());
  }
}
