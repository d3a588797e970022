package vn.police.grievance.audit;

import vn.police.grievance.journal.RetentionProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.yaml.snakeyaml.Yaml;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/** One retention period for the engine's history, applied by the engine's history cleanup. */
@SpringBootTest
@ActiveProfiles("test")
class RetentionPolicyTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RetentionProperties properties;
  @Autowired RetentionPolicy policy;
  @Autowired ProcessDriver driver;

  private HistoricProcessInstance closedItem() {
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP"));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời", "42/2021/NĐ-CP"));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    return history.createHistoricProcessInstanceQuery().processInstanceId(item.processInstanceId()).singleResult();
  }

  private static Date plusDays(Date date, int days) {
    return Date.from(date.toInstant().plus(Duration.ofDays(days)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void tenYearsIsTheDefaultEverywhereTheRetentionPeriodIsUsed() throws Exception {
    var yaml = (java.util.Map<String, Object>) new Yaml().load(Files.readString(Path.of("src/main/resources/application.yaml")));
    var retention = (java.util.Map<String, Object>) ((java.util.Map<String, Object>) yaml.get("grievance")).get("retention");
    assertThat(retention.get("days")).isEqualTo(RetentionProperties.DEFAULT_DAYS);
    assertThat(properties.days()).isEqualTo(RetentionProperties.DEFAULT_DAYS);

    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistoryTimeToLive()).isEqualTo(String.valueOf(properties.days()));
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("04:00");
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(repository.createProcessDefinitionQuery().list())
        .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(properties.days()));
    assertThat(repository.createDecisionDefinitionQuery().list())
        .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(properties.days()));
    // the engine schedules its own cleanup job for the window
    assertThat(history.findHistoryCleanupJobs()).isNotEmpty();
  }

  @Test
  void aFinishedItemsHistoryIsDueForRemovalTheRetentionPeriodAfterItEnds() {
    HistoricProcessInstance finished = closedItem();
    assertThat(finished.getEndTime()).isNotNull();
    assertThat(finished.getRemovalTime()).isEqualTo(plusDays(finished.getEndTime(), properties.days()));
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(finished.getId()).list())
        .isNotEmpty().allSatisfy(t -> assertThat(t.getRemovalTime()).isEqualTo(finished.getRemovalTime()));
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(finished.getId()).list())
        .isNotEmpty().allSatisfy(d -> assertThat(d.getRemovalTime()).isEqualTo(finished.getRemovalTime()));
  }

  @Test
  void anotherConfiguredPeriodReachesEveryDefinitionAndWhatHasAlreadyFinished() {
    HistoricProcessInstance finished = closedItem();
    int longer = properties.days() + 365;
    try {
      RetentionPolicy.Alignment alignment = policy.align(longer);
      assertThat(alignment.definitions()).isNotEmpty();
      assertThat(repository.createProcessDefinitionQuery().list())
          .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(longer));
      assertThat(repository.createDecisionDefinitionQuery().list())
          .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(longer));
      runToCompletion(alignment.batches());
      HistoricProcessInstance after = history.createHistoricProcessInstanceQuery().processInstanceId(finished.getId()).singleResult();
      assertThat(after.getRemovalTime()).isEqualTo(plusDays(finished.getEndTime(), longer));
    } finally {
      runToCompletion(policy.align(properties.days()).batches());
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(finished.getId()).singleResult().getRemovalTime())
        .isEqualTo(plusDays(finished.getEndTime(), properties.days()));
    assertThat(policy.align(properties.days()).definitions()).isEmpty();
  }

  /** Runs a batch's seed, execution and monitor jobs here and now (the job executor is off in tests). */
  private void runToCompletion(List<Batch> batches) {
    for (Batch batch : batches) {
      for (int round = 0; round < 10 && management.createBatchQuery().batchId(batch.getId()).count() > 0; round++) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
            batch.getMonitorJobDefinitionId())) {
          for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
            management.executeJob(job.getId());
          }
        }
      }
      assertThat(management.createBatchQuery().batchId(batch.getId()).count()).as("batch %s done", batch.getId()).isZero();
    }
  }
}
