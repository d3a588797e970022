package vn.police.grievance.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.system.CurrentUser;

/**
 * Business data kept in the application: each change through the API counts for the next item
 * without a restart, is journalled (who, before, after), and is refused to whom it does not belong.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BusinessDataApiTest {

  static final RequestPostProcessor ADMIN = httpBasic("quantri", "Demo@2026!");
  static final RequestPostProcessor RECEPTION = httpBasic("tiepnhan", "Demo@2026!");
  static final RequestPostProcessor DEPARTMENT = httpBasic("cv.haucan", "Demo@2026!");
  static final RequestPostProcessor UNIT = httpBasic("xa.longhoa", "Demo@2026!");
  static final RequestPostProcessor AUDITOR = httpBasic("thanhtra", "Demo@2026!");

  @Autowired vn.police.grievance.tasklist.TaskContext taskContext;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired IntakeService intake;
  @Autowired IdentityService identity;
  @Autowired Deadlines deadlines;
  @Autowired Clock clock;

  private JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body, int expected)
      throws Exception {
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    ResultActions result = mvc.perform(request.with(who)).andExpect(status().is(expected));
    String text = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    return text.isEmpty() ? null : json.readTree(text);
  }

  private LocalDate dueDay(Task task) {
    return LocalDate.ofInstant(task.getDueDate().toInstant(), clock.getZone());
  }

  private LocalDate createdDay(Task task) {
    return LocalDate.ofInstant(task.getCreateTime().toInstant(), clock.getZone());
  }

  private JsonNode triageDeadline() throws Exception {
    JsonNode steps = call(get("/api/admin/deadlines"), ADMIN, null, 200);
    for (JsonNode step : steps) {
      if (step.path("step").asText().equals("TRIAGE")) {
        return step;
      }
    }
    throw new AssertionError("no triage step");
  }

  @Test
  void aChangedStepDeadlineAndADeclaredDayOffCountForTheNextItemAndAreJournalled() throws Exception {
    JsonNode before = triageDeadline();
    assertThat(before.path("defaultDays").asInt()).isEqualTo(2);
    int version = before.path("version").asInt();
    // a department officer and the reception office may not change deadlines; 1..365 only
    call(put("/api/admin/deadlines/TRIAGE").param("version", String.valueOf(version)), DEPARTMENT,
        java.util.Map.of("workingDays", 7), 403);
    call(put("/api/admin/deadlines/TRIAGE").param("version", String.valueOf(version)), RECEPTION,
        java.util.Map.of("workingDays", 7), 403);
    call(put("/api/admin/deadlines/TRIAGE").param("version", String.valueOf(version)), ADMIN,
        java.util.Map.of("workingDays", 0), 400);
    call(put("/api/admin/deadlines/NO_SUCH_STEP").param("version", "0"), ADMIN, java.util.Map.of("workingDays", 3), 404);
    JsonNode changed = call(put("/api/admin/deadlines/TRIAGE").param("version", String.valueOf(version)), ADMIN,
        java.util.Map.of("workingDays", 7), 200);
    assertThat(changed.path("workingDays").asInt()).isEqualTo(7);
    // a stale edit is refused, not lost
    call(put("/api/admin/deadlines/TRIAGE").param("version", String.valueOf(version)), ADMIN,
        java.util.Map.of("workingDays", 9), 409);
    LocalDate dayOff = null;
    try {
      Task triage = driver.task(driver.submit("FACILITIES"), "userTask_triage");
      LocalDate due = deadlines.calendar().addWorkingDays(createdDay(triage), 7);
      assertThat(dueDay(triage)).isEqualTo(due);

      // the province declares the due day a day off: the next item's triage falls due a working day later
      dayOff = due;
      call(post("/api/admin/calendar-days"), UNIT, java.util.Map.of("date", due.toString(), "kind", "DAY_OFF", "note", "x"), 403);
      call(post("/api/admin/calendar-days"), ADMIN, java.util.Map.of("date", due.toString(), "kind", "HOLIDAY"), 400);
      call(post("/api/admin/calendar-days"), ADMIN,
          java.util.Map.of("date", due.toString(), "kind", "DAY_OFF", "note", "Nghỉ bù theo quyết định của tỉnh"), 201);
      call(post("/api/admin/calendar-days"), ADMIN,
          java.util.Map.of("date", due.toString(), "kind", "DAY_OFF", "note", "lần nữa"), 409);
      Task next = driver.task(driver.submit("FACILITIES"), "userTask_triage");
      assertThat(deadlines.calendar().isWorkingDay(due)).isFalse();
      assertThat(dueDay(next)).isAfter(due)
          .isEqualTo(deadlines.calendar().addWorkingDays(createdDay(next), 7));

      JsonNode journal = call(get("/api/admin/journal").param("subject", "STEP_DEADLINE").param("subjectId", "TRIAGE"),
          AUDITOR, null, 200);
      assertThat(journal.get(0).path("changedBy").asText()).isEqualTo("quantri");
      assertThat(journal.get(0).path("before").asText()).contains("\"workingDays\":2");
      assertThat(journal.get(0).path("after").asText()).contains("\"workingDays\":7");
      call(get("/api/admin/journal"), DEPARTMENT, null, 403);
      JsonNode days = call(get("/api/admin/journal").param("subject", "CALENDAR_DAY").param("subjectId", due.toString()),
          ADMIN, null, 200);
      assertThat(days.get(0).path("action").asText()).isEqualTo("ADD");
      assertThat(days.get(0).path("after").asText()).contains("Nghỉ bù theo quyết định của tỉnh");
    } finally {
      int now = triageDeadline().path("version").asInt();
      call(put("/api/admin/deadlines/TRIAGE").param("version", String.valueOf(now)), ADMIN,
          java.util.Map.of("workingDays", 2), 200);
      if (dayOff != null) {
        call(delete("/api/admin/calendar-days/" + dayOff), ADMIN, null, 204);
      }
    }
  }

  @Test
  void aRetiredRegulationIsNoLongerOfferedAndItsHistoryIsKept() throws Exception {
    String code = "TEST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/2026/CAT";
    java.util.Map<String, Object> draft = new java.util.HashMap<>(java.util.Map.of("code", code,
        "title", "Hướng dẫn sửa chữa trụ sở (thử)", "issuingBody", "Công an tỉnh", "status", "IN_FORCE",
        "categories", java.util.List.of("FACILITIES")));
    call(post("/api/regulations"), DEPARTMENT, draft, 403);
    call(post("/api/regulations"), UNIT, draft, 403);
    call(post("/api/regulations"), RECEPTION, java.util.Map.of("code", "", "categories", java.util.List.of("WEATHER")), 400);
    JsonNode added = call(post("/api/regulations"), RECEPTION, draft, 201);
    long id = added.path("regulation").path("id").asLong();
    assertThat(added.path("version").asInt()).isEqualTo(1);
    call(post("/api/regulations"), ADMIN, draft, 409);

    Task triage = driver.task(driver.submit("FACILITIES"), "userTask_triage");
    assertThat(String.valueOf(taskContext.of(triage.getId()).get("ctxRegulationOptions"))).contains(code);

    draft.put("title", "Hướng dẫn sửa chữa, cải tạo trụ sở (thử)");
    JsonNode edited = call(put("/api/regulations/" + id).param("version", "1"), RECEPTION, draft, 200);
    assertThat(edited.path("version").asInt()).isEqualTo(2);
    JsonNode stale = call(put("/api/regulations/" + id).param("version", "1"), ADMIN, draft, 409);
    assertThat(stale.path("detail").asText()).contains("phiên bản hiện tại: 2");
    // a document's code stays: running steps and templates cite it
    var recoded = new java.util.HashMap<>(draft);
    recoded.put("code", code + "-B");
    call(put("/api/regulations/" + id).param("version", "2"), RECEPTION, recoded, 409);
    call(delete("/api/regulations/" + id).param("version", "2"), DEPARTMENT, null, 403);
    call(delete("/api/regulations/" + id).param("version", "2"), RECEPTION, null, 200);

    Task later = driver.task(driver.submit("FACILITIES"), "userTask_triage");
    assertThat(String.valueOf(taskContext.of(later.getId()).get("ctxRegulationOptions"))).doesNotContain(code);
    mvc.perform(get("/api/regulations").param("citableOnly", "true").param("q", code).with(RECEPTION))
        .andExpect(jsonPath("$.length()").value(0));

    JsonNode history = call(get("/api/regulations/" + id + "/history"), RECEPTION, null, 200);
    assertThat(history).hasSize(3);
    assertThat(history.get(0).path("action").asText()).isEqualTo("RETIRE");
    assertThat(history.get(0).path("after").asText()).contains("RETIRED");
    assertThat(history.get(1).path("before").asText()).contains("Hướng dẫn sửa chữa trụ sở (thử)");
    assertThat(history.get(1).path("after").asText()).contains("sửa chữa, cải tạo trụ sở");
    assertThat(history.get(2).path("changedBy").asText()).isEqualTo("tiepnhan");
  }

  @Test
  void aSpecialZoneWithoutADistrictIsAddedEditedAndSubmitsItems() throws Exception {
    String id = "cadk-" + UUID.randomUUID().toString().substring(0, 6);
    java.util.Map<String, Object> unit = java.util.Map.of("id", id, "kind", "SPECIAL_ZONE",
        "nameVi", "Công an đặc khu Thử Nghiệm", "nameEn", "Test special zone police");
    call(post("/api/units"), RECEPTION, unit, 403);
    JsonNode added = call(post("/api/units"), ADMIN, unit, 201);
    assertThat(added.path("parentId").asText()).isEqualTo("province");
    assertThat(identity.createGroupQuery().groupId(id).singleResult().getType()).isEqualTo("Công an đặc khu");

    identity.saveUser(identity.newUser(id + "-cb"));
    identity.createMembership(id + "-cb", id);
    GrievanceItem item = intake.submit(new SubmitItemRequest(null, "EQUIPMENT", "Thiếu xuồng tuần tra",
        "Đặc khu cần xuồng tuần tra ven biển.", null, null), UUID.randomUUID().toString(),
        new CurrentUser(id + "-cb", Set.of(id))).item();
    assertThat(item.unitId()).isEqualTo(id);

    call(put("/api/units/" + id).param("version", "1"), ADMIN,
        java.util.Map.of("nameVi", "Công an đặc khu Thử Nghiệm Mới", "nameEn", "Renamed", "parentId", "dept-hau-can"), 400);
    JsonNode renamed = call(put("/api/units/" + id).param("version", "1"), ADMIN,
        java.util.Map.of("nameVi", "Công an đặc khu Thử Nghiệm Mới", "nameEn", "Renamed"), 200);
    assertThat(renamed.path("version").asInt()).isEqualTo(2);
    assertThat(identity.createGroupQuery().groupId(id).singleResult().getName()).isEqualTo("Công an đặc khu Thử Nghiệm Mới");
    call(put("/api/units/" + id).param("version", "1"), ADMIN, java.util.Map.of("nameVi", "A", "nameEn", "B"), 409);
    call(delete("/api/units/" + id).param("version", "2"), DEPARTMENT, null, 403);
    call(delete("/api/units/" + id).param("version", "2"), ADMIN, null, 200);
    call(delete("/api/units/leadership").param("version", "1"), ADMIN, null, 409);
    JsonNode journal = call(get("/api/admin/journal").param("subject", "UNIT").param("subjectId", id), ADMIN, null, 200);
    assertThat(journal).extracting(c -> c.path("action").asText()).containsExactly("RETIRE", "EDIT", "ADD");
  }
}
