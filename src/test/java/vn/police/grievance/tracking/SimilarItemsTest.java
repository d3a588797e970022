package vn.police.grievance.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * A unit that raises again what it raised already is told so at submission and may still submit;
 * triage sees the likely duplicates of any unit; a unit checking before it submits sees only its
 * own items.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SimilarItemsTest {

  static final RequestPostProcessor LONG_HOA = httpBasic("xa.longhoa", "Demo@2026!");
  static final RequestPostProcessor PHUOC_LAM = httpBasic("xa.phuoclam", "Demo@2026!");
  static final RequestPostProcessor RECEPTION = httpBasic("tiepnhan", "Demo@2026!");

  @Autowired vn.police.grievance.tasklist.TaskContext taskContext;
  @Autowired MockMvc mvc;
  @Autowired IntakeService intake;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;

  @Test
  void aNearIdenticalItemIsFlaggedAtSubmissionInTriageAndInTheCheckBeforeSubmitting() throws Exception {
    String place = "Xom" + UUID.randomUUID().toString().substring(0, 5);
    GrievanceItem first = intake.submit(
        new SubmitItemRequest(null, "FACILITIES", "Chưa có trụ sở làm việc riêng ở " + place,
            "Công an xã đang làm việc nhờ tại hội trường UBND xã.", null, null),
        UUID.randomUUID().toString(), ProcessDriver.LONG_HOA).item();

    // the same matter again, typed without accents: accepted, with a warning naming the first
    var response = mvc.perform(post("/api/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"FACILITIES\",\"title\":\"Chua co tru so lam viec rieng o " + place
                + "\",\"content\":\"Cong an xa lam viec nho hoi truong UBND xa.\"}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse();
    assertThat(response.getHeader("X-Similar-Items")).contains(first.reference() + ";score=");
    GrievanceItem second = driver.byReference(response.getHeader("Location").replace("/api/items/", ""));

    // triage reads the likely duplicate with its reference and how alike it is
    var triage = driver.task(second, "userTask_triage");
    assertThat(String.valueOf(taskContext.of(triage.getId()).get("ctxSimilarItems")))
        .contains(first.reference() + " (giống ").contains("Công an xã Long Hòa");

    // ... and marks it a duplicate with one click: the choice alone completes triage
    assertThat(String.valueOf(taskContext.of(triage.getId()).get("ctxDuplicateOptions")))
        .contains("NOT_DUPLICATE").contains("\"value\":\"" + first.reference() + "\"");
    driver.complete(triage, "tiepnhan", java.util.Map.of("duplicateCandidate", first.reference()));
    assertThat(driver.events(second))
        .anySatisfy(e -> assertThat(e.event()).isInstanceOfSatisfying(vn.police.grievance.item.JournalEvent.TriageDecided.class,
            d -> {
              assertThat(d.ground()).isEqualTo(vn.police.grievance.item.InadmissibleGround.DUPLICATE);
              assertThat(d.duplicateOf()).isEqualTo(first.reference());
            }));

    // checking before submitting: the unit sees its own items only, the reception office every unit's
    mvc.perform(get("/api/items/similar").param("title", "Công an xã chưa có trụ sở làm việc riêng ở " + place).with(LONG_HOA))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].reference").value(hasItem(first.reference())));
    mvc.perform(get("/api/items/similar").param("title", "Công an xã chưa có trụ sở làm việc riêng ở " + place).with(PHUOC_LAM))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].reference").value(not(hasItem(first.reference()))));
    mvc.perform(get("/api/items/similar").param("title", "chua co tru so lam viec rieng " + place).with(RECEPTION))
        .andExpect(jsonPath("$[0].score").isNumber())
        .andExpect(jsonPath("$[*].reference").value(hasItem(first.reference())));
    // a different matter is not a duplicate
    mvc.perform(get("/api/items/similar").param("title", "Phụ cấp lực lượng bảo vệ ở " + place).with(RECEPTION))
        .andExpect(jsonPath("$[*].reference").value(not(hasItem(first.reference()))));
    mvc.perform(get("/api/items/similar").param("title", "").with(RECEPTION)).andExpect(status().isBadRequest());
  }
}
