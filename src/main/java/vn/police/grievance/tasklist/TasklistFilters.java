package vn.police.grievance.tasklist;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.police.grievance.system.StartupLock;

/**
 * The filters every officer finds in Tasklist, whatever their role: the expressions
 * {@code ${currentUser()}}, {@code ${currentUserGroups()}} and {@code ${now()}} make one filter
 * show each person their own work (the reception office its triage, a department its studies, a
 * commune its confirmations). Created at startup when no filter of the same name exists, with no
 * owner, so that they belong to nobody and an administrator may adjust them in Tasklist: a filter
 * that exists is never overwritten. The engine does not keep filter names unique, so nodes that
 * start together create them one node at a time.
 *
 * <p>Work "of the unit" is the work offered to any of one's groups. A task keeps its candidate
 * group after someone claims it, so the unit's filters include the tasks one has claimed oneself.
 */
@Component
@Order(30)
class TasklistFilters implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  static final String MINE = "Việc của tôi";
  static final String TO_CLAIM = "Chờ nhận xử lý";
  static final String UNIT = "Việc của đơn vị";
  static final String DUE_SOON = "Sắp đến hạn";
  static final String OVERDUE = "Quá hạn";

  static final String CURRENT_USER = "${currentUser()}";
  static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
  static final String NOW = "${now()}";

  static final List<TasklistFilter> FILTERS =
      List.of(
          new TasklistFilter(
              MINE,
              "Công việc đồng chí đã nhận xử lý, việc có hạn gần nhất lên trước.",
              10,
              "#1f5f99",
              q -> q.taskAssigneeExpression(CURRENT_USER)),
          new TasklistFilter(
              TO_CLAIM,
              "Công việc giao cho đơn vị mà chưa ai nhận: chọn công việc rồi bấm \"Nhận việc\".",
              20,
              "#2e7d32",
              q -> q.taskCandidateGroupInExpression(CURRENT_USER_GROUPS)),
          new TasklistFilter(
              UNIT,
              "Toàn bộ công việc đang mở của đơn vị, kể cả việc đã có cán bộ nhận xử lý.",
              30,
              "#5c6b7a",
              TasklistFilters::ofMyUnits),
          new TasklistFilter(
              DUE_SOON,
              "Công việc của đơn vị đã đến ngày theo dõi nhưng chưa quá hạn: cần ưu tiên hoàn thành.",
              40,
              "#e08a00",
              q -> ofMyUnits(q).followUpBeforeExpression(NOW).dueAfterExpression(NOW)),
          new TasklistFilter(
              OVERDUE,
              "Công việc của đơn vị đã quá hạn xử lý: đã được báo cáo lãnh đạo.",
              50,
              "#b5152b",
              q -> ofMyUnits(q).dueBeforeExpression(NOW)));

  private final FilterService filterService;
  private final TaskService taskService;
  private final StartupLock lock;

  TasklistFilters(FilterService filterService, TaskService taskService, StartupLock lock) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.lock = lock;
  }

  @Override
  public void run(ApplicationArguments args) {
    lock.run("the Tasklist filters", this::createMissingFilters);
  }

  private void createMissingFilters() {
    for (TasklistFilter definition : FILTERS) {
      if (filterService.createFilterQuery().filterName(definition.name()).count() > 0) {
        continue;
      }
      Filter filter = filterService.newTaskFilter(definition.name());
      filter.setQuery(query(definition));
      filter.setProperties(definition.properties());
      filterService.saveFilter(filter);
      LOG.info("Tasklist filter \"{}\" created", definition.name());
    }
  }

  /** The definition's query, soonest due first (tasks without a due date last). */
  TaskQuery query(TasklistFilter definition) {
    return definition.query().apply(taskService.createTaskQuery()).orderByDueDate().asc();
  }

  private static TaskQuery ofMyUnits(TaskQuery query) {
    return query.taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks();
  }
}
