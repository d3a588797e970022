package vn.police.grievance.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.support.BrowserAvailable;
import vn.police.grievance.support.Form;
import vn.police.grievance.support.Tasklist;

/**
 * Officers at work in Camunda Tasklist, in a real browser against the running application: each
 * role logs in, finds its task through a seeded filter, claims it, fills the form and completes
 * it, and the next role finds its task. Both routes run from the Tasklist start form to the unit's
 * confirmation; forms refuse what is missing and nothing is completed. A screenshot of every form
 * lands in {@code target/screenshots/}.
 *
 * <p>The delivery after sign-off is an asynchronous job; the job executor is off in tests, so the
 * test executes that one job through the {@link ManagementService} when the leadership has
 * approved, as the executor would a moment later in production.
 */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// no other test shares this context (a real server): close it, and its connections, when done
@DirtiesContext
class TasklistBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String PROCESS = "Tiếp nhận và giải quyết kiến nghị của Công an cấp xã";

  static final String TRIAGE = "Phân loại, đề xuất hướng xử lý";
  static final String IMMEDIATE_ANSWER = "Soạn trả lời ngay";
  static final String STUDY = "Nghiên cứu, dự thảo đề xuất";
  static final String CONSULTATION = "Cho ý kiến phối hợp";
  static final String HEAD_REVIEW = "Trưởng phòng xem xét";
  static final String AUTHORITY_REPLY = "Ghi nhận ý kiến cấp có thẩm quyền";
  static final String SIGN_OFF = "Lãnh đạo duyệt trả lời";
  static final String PROPOSAL_SIGN_OFF = "Lãnh đạo duyệt văn bản đề xuất cấp trên";
  static final String CONFIRMATION = "Đơn vị xác nhận kết quả";

  static final String REQUIRED = "Bắt buộc nhập.";

  static Tasklist tasklist;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired vn.police.grievance.support.ProcessDriver processDriver;

  @BeforeAll
  static void openBrowser() {
    tasklist = Tasklist.start(SCREENSHOTS);
  }

  @AfterAll
  static void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  @BeforeEach
  void application() {
    tasklist.at("http://localhost:" + port);
  }

  @Test
  void officersFindTheSeededFiltersAndStartOnlyTheGrievanceProcess() {
    tasklist.login("tiepnhan");

    assertThat(tasklist.filterNames())
        .containsExactly("Việc của tôi", "Chờ nhận xử lý", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
    assertThat(tasklist.startableProcesses()).containsExactly(PROCESS);
    assertThat(tasklist.driver().findElements(org.openqa.selenium.By.cssSelector(".ce-eol-banner")))
        .as("the migration banner")
        .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    // no free-standing tasks: the front door refuses them to all but administrators
    assertThat(tasklist.headerActions()).contains("Khởi tạo quy trình").doesNotContain("Tạo công việc");
    assertThat(tasklist.driver().findElements(org.openqa.selenium.By.cssSelector(".create-task-action"))).isEmpty();
    // the list in the filters' order, soonest due first
    assertThat(tasklist.listSorting()).isEqualTo("[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]");
  }

  @Test
  void markupSubmittedByAUnitIsShownAsTextAndNeverRuns() {
    String markup = "<img src=x onerror=\"window.__grievanceXss=1\"><script>window.__grievanceXss=2</script>";
    vn.police.grievance.item.GrievanceItem item = processDriver.submitTitled("OTHER", markup);
    tasklist.login("tiepnhan");
    tasklist.openFilter("Chờ nhận xử lý");
    tasklist.searchReference(item.reference());
    tasklist.openTask(item.reference(), "Phân loại, đề xuất hướng xử lý");
    Object ran = ((org.openqa.selenium.JavascriptExecutor) tasklist.driver()).executeScript("return window.__grievanceXss;");
    assertThat(ran).as("no script from the unit ran").isNull();
    assertThat(tasklist.driver().findElements(org.openqa.selenium.By.cssSelector("img[src='x']"))).isEmpty();
    Object shown = ((org.openqa.selenium.JavascriptExecutor) tasklist.driver()).executeScript(
        "return Array.from(document.querySelectorAll('input,textarea')).map(e => e.value).join('|');");
    assertThat(String.valueOf(shown)).contains(markup);
  }

  @Test
  void aCommuneItemIsAnsweredImmediatelyAndTheUnitConfirmsIt() {
    // A commune officer submits from the start form: their unit is chosen for them.
    String title = "Trụ sở Công an xã bị dột";
    long before = itemsTitled(title);
    tasklist.login("xa.longhoa");
    Form start = tasklist.startForm(PROCESS);
    assertThat(start.selected("field_unitId")).startsWith("Công an xã Long Hòa");
    assertThat(start.isReadOnly("field_unitId")).isTrue();
    tasklist.startExpectingRefusal();
    assertThat(start.errors("field_category")).containsExactly(REQUIRED);
    assertThat(start.errors("field_title")).containsExactly(REQUIRED);
    assertThat(start.errors("field_content")).containsExactly(REQUIRED);
    assertThat(itemsTitled(title)).isEqualTo(before);
    start.select("field_category", "Trụ sở, cơ sở vật chất")
        .text("field_title", title)
        .text("field_content", "Mái trụ sở xuống cấp, mùa mưa nước dột vào phòng làm việc và kho hồ sơ.")
        .text("field_proposal", "Bố trí kinh phí sửa chữa mái trụ sở trong quý này.")
        .text("field_contact", "Đại úy Nguyễn Văn A, 0912 000 001");
    tasklist.screenshot("01-start-form-commune");
    tasklist.start();
    assertThat(itemsTitled(title)).isEqualTo(before + 1);
    String reference = newestReferenceOf(title);
    assertThat(reference).matches("KN-\\d{4}-\\d{6}");

    // Triage: the reception office answers now; without a regulation the form refuses.
    tasklist.login("tiepnhan");
    claimFromTheUnitsQueue(reference, TRIAGE);
    Form triage = tasklist.taskForm();
    assertThat(triage.value("field_ctxUnit")).isEqualTo("Công an xã Long Hòa (dữ liệu mẫu)");
    assertThat(triage.value("field_ctxDue")).matches("\\d{2}/\\d{2}/\\d{4}");
    triage.radio("field_triageDecision", "Trả lời ngay (đã có quy định)");
    tasklist.completeExpectingRefusal();
    assertThat(triage.errors("field_regulationCodes")).containsExactly(REQUIRED);
    // the form says at the field what is missing; no red message with nothing in it
    assertThat(tasklist.errorNotifications()).isEmpty();
    assertThat(openTasks(reference, "userTask_triage")).isOne();
    tasklist.screenshot("02-triage-refused");
    triage.tag("field_regulationCodes", "42/2021/NĐ-CP");
    assertThat(triage.tags("field_regulationCodes")).singleElement().asString().startsWith("42/2021/NĐ-CP");
    tasklist.screenshot("02-triage-answer-now");
    tasklist.complete();

    // The reception office drafts the answer, the regulation carried over from triage.
    claimFromTheUnitsQueue(reference, IMMEDIATE_ANSWER);
    Form answer = tasklist.taskForm();
    assertThat(answer.tags("field_regulationCodes")).singleElement().asString().startsWith("42/2021/NĐ-CP");
    answer.text(
        "field_answerText",
        "Theo Nghị định 42/2021/NĐ-CP, Công an tỉnh bố trí kinh phí sửa chữa trụ sở Công an xã trong quý IV.");
    tasklist.screenshot("03-immediate-answer");
    tasklist.complete();

    // The leadership signs off; a return needs a reason.
    signOff(reference, "06-sign-off");

    // The unit reads on its page the letter the answer went out as, and downloads the signed PDF.
    unitDownloadsItsLetter(reference);

    // The unit confirms.
    confirm("xa.longhoa", reference, "07-unit-confirmation");
    assertThat(statusOf(reference)).isEqualTo("CLOSED");
  }

  @Test
  void anItemGoesThroughTheDepartmentWithAConsultationAndAHigherAuthorityToTheUnitsConfirmation() {
    // The reception office records what a commune raised at a listening conference.
    String title = "Thiếu xe tuần tra";
    long before = itemsTitled(title);
    tasklist.login("tiepnhan");
    Form start = tasklist.startForm(PROCESS);
    start.select("field_unitId", "Phước Lâm")
        .select("field_category", "Phương tiện, trang thiết bị")
        .text("field_title", title)
        .text("field_content", "Công an xã chỉ có một xe máy dùng cho tuần tra, địa bàn rộng 40 km².");
    tasklist.screenshot("01-start-form-reception");
    tasklist.start();
    assertThat(itemsTitled(title)).isEqualTo(before + 1);
    String reference = newestReferenceOf(title);

    // Triage sends it to the department the decision table suggests, preselected; choosing
    // another without a reason is refused by the server and nothing is completed.
    claimFromTheUnitsQueue(reference, TRIAGE);
    Form triage = tasklist.taskForm();
    triage.radio("field_triageDecision", "Chuyển phòng chức năng (vượt thẩm quyền / chưa có quy định)");
    assertThat(triage.selected("field_departmentId")).startsWith("Phòng Hậu cần");
    // the suggested department kept, no reason is asked; another chosen, it is
    assertThat(triage.hides("field_overrideReason")).isTrue();
    triage.select("field_departmentId", "Phòng Pháp chế");
    assertThat(triage.value("field_overrideReason")).isEmpty();
    tasklist.completeExpectingRefusal();
    // the rule's words in plain Vietnamese, without the field's name
    assertThat(tasklist.errorNotifications())
        .anySatisfy(n -> assertThat(n).contains("Nêu lý do khi chọn phòng khác với đề xuất").doesNotContain("overrideReason"));
    assertThat(openTasks(reference, "userTask_triage")).isOne();
    triage.select("field_departmentId", "Phòng Hậu cần");
    tasklist.screenshot("02-triage-send-to-department");
    tasklist.complete();
    // the refusal does not outlive the success
    tasklist.waitForNoErrorNotifications();

    // The department officer studies it and asks the legal department first.
    tasklist.login("cv.haucan");
    claimFromTheUnitsQueue(reference, STUDY);
    tasklist.taskForm()
        .text("field_studyText", "Đã rà soát định mức trang bị phương tiện cho Công an xã chính quy.")
        .text("field_proposedAnswer", "Đề nghị Ủy ban nhân dân tỉnh bổ sung kinh phí mua xe tuần tra năm 2027.")
        .radio("field_studyOutcome", "Đề xuất cấp có thẩm quyền")
        .radio("field_higherAuthority", "Ủy ban nhân dân tỉnh")
        .tag("field_consultDepartmentIds", "Phòng Pháp chế");
    tasklist.screenshot("04-department-study");
    tasklist.complete();

    tasklist.login("cv.phapche");
    claimFromTheUnitsQueue(reference, CONSULTATION);
    tasklist.taskForm().text("field_consultationOpinion", "Thống nhất; đề xuất đúng thẩm quyền của Ủy ban nhân dân tỉnh.");
    tasklist.screenshot("04-consultation");
    tasklist.complete();

    // Back with the officer, who sends the study up to the head.
    tasklist.login("cv.haucan");
    claimFromTheUnitsQueue(reference, STUDY);
    tasklist.complete();

    tasklist.login("tp.haucan");
    claimFromTheUnitsQueue(reference, HEAD_REVIEW);
    Form review = tasklist.taskForm();
    // the head reads which way the department proposes to go, and what it proposes
    review.shows("Kết quả đề xuất: đề xuất Ủy ban nhân dân tỉnh.");
    assertThat(review.value("field_proposedAnswer")).isEqualTo("Đề nghị Ủy ban nhân dân tỉnh bổ sung kinh phí mua xe tuần tra năm 2027.");
    review.radio("field_headDecision", "Duyệt");
    tasklist.screenshot("05-head-review");
    tasklist.complete();

    // Nothing goes to the higher authority on the head's approval alone: the leadership signs it off.
    tasklist.login("lanhdao");
    claimFromTheUnitsQueue(reference, PROPOSAL_SIGN_OFF);
    tasklist.taskForm().radio("field_proposalDecision", "Duyệt, ký ban hành văn bản đề xuất");
    tasklist.screenshot("05-proposal-sign-off");
    tasklist.complete();

    // The provincial People's Committee replies; the officer records it with the answer.
    tasklist.login("cv.haucan");
    claimFromTheUnitsQueue(reference, AUTHORITY_REPLY);
    Form reply = tasklist.taskForm();
    assertThat(reply.placeholder("field_authorityReplyDate")).isEqualTo("dd/mm/yyyy");
    assertThat(reply.value("field_ctxHistory")).contains("Xin ý kiến: Phòng Pháp chế");
    reply.text("field_authorityReply", "Ủy ban nhân dân tỉnh đồng ý bổ sung kinh phí năm 2027.")
        .date("field_authorityReplyDate", "20/11/2026")
        .text("field_proposedAnswer", "Xe tuần tra được bổ sung trong năm 2027 theo ý kiến của Ủy ban nhân dân tỉnh.");
    tasklist.screenshot("05-authority-reply");
    tasklist.complete();

    signOff(reference, "06-sign-off-department");
    confirm("xa.phuoclam", reference, "07-unit-confirmation-department");
    assertThat(statusOf(reference)).isEqualTo("CLOSED");
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The leadership finds the item waiting; returning it without a reason is refused in the form,
   * then it approves. The delivery job runs, and the unit's task appears.
   */
  private void signOff(String reference, String screenshot) {
    tasklist.login("lanhdao");
    claimFromTheUnitsQueue(reference, SIGN_OFF);
    Form signOff = tasklist.taskForm();
    signOff.radio("field_signOffDecision", "Trả lại để chỉnh sửa");
    tasklist.completeExpectingRefusal();
    assertThat(signOff.errors("field_signOffReturnReason")).containsExactly(REQUIRED);
    assertThat(openTasks(reference, "userTask_leadershipSignOff")).isOne();
    tasklist.dismissNotifications();
    signOff.radio("field_signOffDecision", "Duyệt, gửi trả lời");
    tasklist.screenshot(screenshot);
    tasklist.complete();
    deliver(reference);
  }

  @SuppressWarnings("unchecked")
  private void unitDownloadsItsLetter(String reference) {
    tasklist.login("xa.longhoa");
    org.openqa.selenium.WebDriver driver = tasklist.driver();
    driver.get("http://localhost:" + port + "/don-vi/#" + reference);
    org.openqa.selenium.support.ui.WebDriverWait wait =
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30));
    org.openqa.selenium.WebElement link = wait.until(
        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("item-letter-pdf")));
    assertThat(driver.findElement(org.openqa.selenium.By.id("item-letter")).getText())
        .contains("Công văn số ").contains("/CAT-PTM").contains("SHA-256");
    tasklist.screenshot("06-unit-letter");
    // the download the link makes, with the unit's own session
    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
    Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {"
            + "  const head = new Uint8Array(await r.arrayBuffer()).slice(0, 5);"
            + "  done([r.status, r.headers.get('Content-Type'), r.headers.get('X-Signature-Valid'), String.fromCharCode(...head)]);"
            + "}).catch(e => done(['error', String(e)]));",
        link.getAttribute("href"));
    assertThat((List<Object>) result).containsExactly(200L, "application/pdf", "true", "%PDF-");
  }

  private void confirm(String unitOfficer, String reference, String screenshot) {
    tasklist.login(unitOfficer);
    claimFromTheUnitsQueue(reference, CONFIRMATION);
    Form confirmation = tasklist.taskForm();
    assertThat(confirmation.value("field_ctxAnswer")).isNotBlank().isNotEqualTo("—");
    confirmation.radio("field_unitSatisfied", "Đồng ý với kết quả trả lời");
    tasklist.screenshot(screenshot);
    tasklist.complete();
  }

  /**
   * The officer opens "Chờ nhận xử lý", finds the step of the item there (it reads in Vietnamese,
   * with its due date as dd/MM/yyyy), claims it, and works on it from "Việc của tôi".
   */
  private void claimFromTheUnitsQueue(String reference, String step) {
    tasklist.openFilter("Chờ nhận xử lý");
    tasklist.searchReference(reference);
    String card = tasklist.cardText(reference, step);
    assertThat(card).contains("Hạn xử lý:").containsPattern("\\d{2}/\\d{2}/\\d{4}");
    // the item's title: a task-local variable, since an officer may read a task's variables, not its process's
    assertThat(card).contains("Tiêu đề:");
    // the engine's priority, the same 50 on every card, is not shown
    assertThat(card).doesNotContainPattern("(?m)^\\s*50\\s*$");
    assertThat(card).doesNotContainPattern("\\b(ago|in \\d+ days?|in a day)\\b");
    tasklist.openTask(reference, step);
    assertThat(tasklist.openTaskTitle()).startsWith(step + " · " + reference + " · ");
    tasklist.claim();
    tasklist.openFilter("Việc của tôi");
    tasklist.openTask(reference, step);
  }

  /** Runs the delivery after sign-off, the one asynchronous step, as the job executor would. */
  private void deliver(String reference) {
    String instance =
        runtime.createProcessInstanceQuery().processDefinitionKey("grievance-handling").processInstanceBusinessKey(reference).singleResult().getId();
    List<Job> delivery = management.createJobQuery().processInstanceId(instance).messages().list();
    assertThat(delivery).hasSize(1);
    management.executeJob(delivery.get(0).getId());
  }

  private long openTasks(String reference, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).count();
  }

  private long itemsTitled(String title) {
    return jdbc.sql("SELECT COUNT(*) FROM grievance_item WHERE title = ?").param(title).query(Long.class).single();
  }

  private String newestReferenceOf(String title) {
    return jdbc.sql("SELECT reference FROM grievance_item WHERE title = ? ORDER BY id DESC")
        .param(title)
        .query(String.class)
        .list()
        .get(0);
  }

  private String statusOf(String reference) {
    return jdbc.sql("SELECT status FROM grievance_item WHERE reference = ?").param(reference).query(String.class).single();
  }
}
