package vn.police.grievance.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seeded Tasklist filters as officers use them: the engine evaluates each filter's
 * expressions for whoever runs it, exactly as Tasklist does through the filter REST API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TasklistFiltersTest {

  static final String PASSWORD = "Demo@2026!";

  @Autowired TasklistFilters seeding;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void everyFilterExistsOnceWithNoOwnerHoweverOftenTheApplicationStarts() throws Exception {
    seeding.run(null);
    seeding.run(null);

    for (TasklistFilter definition : TasklistFilters.FILTERS) {
      List<Filter> found = filterService.createFilterQuery().filterName(definition.name()).list();
      assertThat(found).as(definition.name()).hasSize(1);
      assertThat(found.get(0).getOwner()).isNull();
      assertThat(found.get(0).getResourceType()).isEqualTo("Task");
    }
  }

  @Test
  void filtersAreDescribedInVietnameseInTheOrderOfTheDayAndRefreshThemselves() {
    List<String> names =
        TasklistFilters.FILTERS.stream()
            .sorted((a, b) -> Integer.compare(a.priority(), b.priority()))
            .map(TasklistFilter::name)
            .toList();
    assertThat(names).containsExactly("Việc của tôi", "Chờ nhận xử lý", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");

    for (TasklistFilter definition : TasklistFilters.FILTERS) {
      Map<String, Object> properties = filter(definition.name()).getProperties();
      assertThat((String) properties.get("description")).isNotBlank();
      assertThat(properties.get("refresh")).isEqualTo(true);
      assertThat(properties.get("priority")).isEqualTo(definition.priority());
      assertThat(properties.get("variables")).isEqualTo(TasklistFilter.CARD_VARIABLES);
    }
  }

  @Test
  void anItemMovesFromTheUnitsQueueToTheOfficerWhoClaimsItAndStaysInTheUnitsView() throws Exception {
    Task triage = newTriageTask("Chưa có trụ sở làm việc");

    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.TO_CLAIM)).contains(triage.getId());
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.UNIT)).contains(triage.getId());
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.MINE)).doesNotContain(triage.getId());
    for (String filter : List.of(TasklistFilters.TO_CLAIM, TasklistFilters.UNIT, TasklistFilters.MINE)) {
      assertThat(ids("cv.haucan", List.of("dept-hau-can"), filter)).as(filter).doesNotContain(triage.getId());
      assertThat(ids("xa.longhoa", List.of("cax-long-hoa"), filter)).as(filter).doesNotContain(triage.getId());
    }

    taskService.claim(triage.getId(), "tiepnhan");

    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.MINE)).contains(triage.getId());
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.TO_CLAIM)).doesNotContain(triage.getId());
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.UNIT)).contains(triage.getId());
  }

  @Test
  void aStepShowsAsDueSoonFromItsFollowUpDateAndAsOverdueAfterItsDueDate() throws Exception {
    Task triage = newTriageTask("Thiếu phương tiện tuần tra");
    assertThat(triage.getFollowUpDate()).isBefore(triage.getDueDate());

    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.DUE_SOON)).doesNotContain(triage.getId());
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.OVERDUE)).doesNotContain(triage.getId());

    ClockUtil.setCurrentTime(new Date(triage.getFollowUpDate().getTime() + 60_000));
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.DUE_SOON)).contains(triage.getId());
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.OVERDUE)).doesNotContain(triage.getId());

    ClockUtil.setCurrentTime(new Date(triage.getDueDate().getTime() + 60_000));
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.DUE_SOON)).doesNotContain(triage.getId());
    assertThat(ids("tiepnhan", List.of("reception"), TasklistFilters.OVERDUE)).contains(triage.getId());
    assertThat(ids("cv.haucan", List.of("dept-hau-can"), TasklistFilters.OVERDUE)).doesNotContain(triage.getId());
  }

  @Test
  void theSoonestDueComesFirst() throws Exception {
    newTriageTask("Báo cáo chuyên đề quá nhiều");
    List<Task> tasks = run("tiepnhan", List.of("reception"), TasklistFilters.UNIT);

    assertThat(tasks).hasSizeGreaterThan(1);
    assertThat(tasks).extracting(Task::getDueDate).isSortedAccordingTo(Date::compareTo);
  }

  @Test
  void aTaskReadsAsItsStepReferenceUnitAndCategoryInTheList() throws Exception {
    Task triage = newTriageTask("Chưa có trụ sở làm việc");
    String reference =
        taskService.getVariable(triage.getId(), "reference").toString();

    assertThat(triage.getName())
        .isEqualTo("Phân loại, đề xuất hướng xử lý · " + reference + " · Công an xã Long Hòa · Trụ sở, cơ sở vật chất");
    assertThat(triage.getDescription()).endsWith("Trụ sở, cơ sở vật chất · Chưa có trụ sở làm việc");
    assertThat(taskService.getVariableLocal(triage.getId(), "ctxDue").toString()).matches("\\d{2}/\\d{2}/\\d{4}");
  }

  // ---------------------------------------------------------------------------------------------

  /** A commune submits over the API; its item waits for triage at the reception office. */
  private Task newTriageTask(String title) throws Exception {
    String body =
        json.writeValueAsString(
            Map.of("category", "FACILITIES", "title", title, "content", "Công an xã làm việc nhờ tại UBND xã."));
    String response =
        mvc.perform(post("/api/items").with(httpBasic("xa.longhoa", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String reference = json.readTree(response).get("reference").asText();
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("userTask_triage").singleResult();
  }

  private Filter filter(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }

  /** Runs a filter as the given person, as Tasklist does when they open it. */
  private List<Task> run(String userId, List<String> groups, String filterName) {
    identity.setAuthentication(userId, groups);
    try {
      return filterService.list(filter(filterName).getId());
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> ids(String userId, List<String> groups, String filterName) {
    return run(userId, groups, filterName).stream().map(Task::getId).toList();
  }
}
