package vn.police.grievance.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * A task's context (its ctx… values) is there for the form while the task is open, computed when
 * it is read and only what the form shows; the task stores only its card's two values, and those
 * leave no trace in the engine's history; everything else of the process keeps its full history.
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskContextOutOfHistoryTest {

  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired TaskForms forms;
  @Autowired TaskContext context;

  @Test
  void theTasksContextIsReadableWhileItIsOpenAndNeverWrittenToHistory() {
    GrievanceItem item = driver.submit("FACILITIES");
    Task triage = driver.task(item, "userTask_triage");

    assertThat(context.of(triage.getId())).containsKeys("ctxReference", "ctxHistory", "ctxDepartmentOptions");
    // the task stores only what its card shows: the engine's task query reads cards from variables
    assertThat(tasks.getVariablesLocal(triage.getId())).containsOnlyKeys("ctxTitle", "ctxDue");
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(triage.getId()).list())
        .extracting(HistoricVariableInstance::getName)
        .noneMatch(name -> name.startsWith("ctx"));
    assertThat(history.createHistoricDetailQuery().taskId(triage.getId()).count()).isZero();

    // completing the task removes its context without touching history rows that were never written
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP"));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời", "42/2021/NĐ-CP"));

    var processHistory = history.createHistoricVariableInstanceQuery().processInstanceId(item.processInstanceId()).list();
    assertThat(processHistory).extracting(HistoricVariableInstance::getName)
        .contains("grievanceId", "route")
        .noneMatch(name -> name.startsWith("ctx"));
    assertThat(history.createHistoricDetailQuery().processInstanceId(item.processInstanceId()).variableUpdates().count())
        .as("the process's own variable updates are kept in full")
        .isPositive();
  }

  @Test
  void aTasksContextIsOnlyWhatItsFormShows() {
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP"));
    Task draft = driver.task(item, "userTask_draftImmediateAnswer");

    var carried = context.of(draft.getId()).keySet();
    Set<String> shown = forms.shownBy("immediate-answer");
    assertThat(carried).filteredOn(name -> name.startsWith("ctx")).isNotEmpty().allMatch(shown::contains);
    assertThat(carried).contains("ctxHistory", "ctxRegulationSummaries", "ctxAnswerTemplates")
        // the department lists and the triage's similar items belong to other forms
        .doesNotContain("ctxDepartmentOptions", "ctxSimilarItems", "ctxDraftAnswer");
  }

  @Test
  void theEngineRunsAtFullHistoryAsTheDatabaseRecordsIt() {
    HistoryLevel level = engine.getHistoryLevel();
    assertThat(level).isInstanceOf(TaskContextOutOfHistory.FullWithoutTaskContext.class);
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo("full");
    assertThat(level).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(engine.getManagementService().getProperties()).containsEntry("historyLevel", "3");
  }
}
