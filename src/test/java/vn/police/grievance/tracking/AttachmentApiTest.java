package vn.police.grievance.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * A unit backs its item with a scan or a photo; the file's type is read from its content, its size
 * is limited, it is kept with its SHA-256 and journalled, served only as an attachment, and only
 * to those who may read the item. A refused file leaves nothing behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AttachmentApiTest {

  static final RequestPostProcessor LONG_HOA = httpBasic("xa.longhoa", "Demo@2026!");
  static final RequestPostProcessor PHUOC_LAM = httpBasic("xa.phuoclam", "Demo@2026!");
  static final RequestPostProcessor RECEPTION = httpBasic("tiepnhan", "Demo@2026!");
  static final RequestPostProcessor INSPECTOR = httpBasic("thanhtra", "Demo@2026!");
  static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

  @Autowired vn.police.grievance.tasklist.TaskContext taskContext;
  @Autowired MockMvc mvc;
  @Autowired ProcessDriver driver;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  private long stored(GrievanceItem item) {
    return jdbc.sql("SELECT COUNT(*) FROM item_attachment WHERE item_id = ?").param(item.id()).query(Long.class).single();
  }

  @Test
  void aUnitAttachesAScanThatIsKeptWithItsHashAndServedOnlyAsAnAttachment() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    String base = "/api/items/" + item.reference() + "/attachments";
    String created = mvc.perform(post(base).with(LONG_HOA).contentType(MediaType.APPLICATION_OCTET_STREAM)
            .header("X-File-Name", "bi%C3%AAn-b%E1%BA%A3n.pdf").content(PDF))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName").value("biên-bản.pdf"))
        .andExpect(jsonPath("$.contentType").value("application/pdf"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    long id = json.readTree(created).path("id").asLong();
    String sha256 = json.readTree(created).path("sha256").asText();
    mvc.perform(post(base).with(RECEPTION).contentType(MediaType.IMAGE_PNG).header("X-File-Name", "anh.png").content(PNG))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.contentType").value("image/png"));

    mvc.perform(get(base).with(LONG_HOA)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
    byte[] downloaded = mvc.perform(get(base + "/" + id).with(INSPECTOR))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Content-SHA256", sha256))
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(downloaded).isEqualTo(PDF);
    assertThat(driver.eventTypes(item)).contains(EventType.ATTACHMENT_ADDED);

    // another unit reaches neither the list nor the file, by id or otherwise
    mvc.perform(get(base).with(PHUOC_LAM)).andExpect(status().isNotFound());
    mvc.perform(get(base + "/" + id).with(PHUOC_LAM)).andExpect(status().isNotFound());
    mvc.perform(post(base).with(PHUOC_LAM).contentType(MediaType.APPLICATION_OCTET_STREAM).content(PDF))
        .andExpect(status().isNotFound());
    // inspectors change nothing
    mvc.perform(post(base).with(INSPECTOR).contentType(MediaType.APPLICATION_OCTET_STREAM).content(PDF))
        .andExpect(status().isForbidden());
  }

  @Test
  void aWrongTypeAFakePdfAndAnOversizedFileAreRefusedAndNothingIsStored() throws Exception {
    GrievanceItem item = driver.submit("EQUIPMENT");
    String base = "/api/items/" + item.reference() + "/attachments";
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    mvc.perform(post(base).with(LONG_HOA).contentType(MediaType.APPLICATION_OCTET_STREAM).header("X-File-Name", "bao-cao.pdf")
            .content(html))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(post(base).with(LONG_HOA).contentType(MediaType.APPLICATION_OCTET_STREAM).header("X-File-Name", "tep.exe")
            .content(new byte[] {'M', 'Z', 0, 0}))
        .andExpect(status().isBadRequest());
    byte[] large = Arrays.copyOf(PDF, Attachments.MAX_BYTES + 1);
    mvc.perform(post(base).with(LONG_HOA).contentType(MediaType.APPLICATION_OCTET_STREAM).header("X-File-Name", "lon.pdf")
            .content(large))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(stored(item)).isZero();
    assertThat(driver.eventTypes(item)).doesNotContain(EventType.ATTACHMENT_ADDED);
  }

  // --- files sent with the submission, in one request ---

  @Test
  void aUnitSubmitsItsItemWithAScanAndAPhotoInOneRequestAndTriageListsThem() throws Exception {
    String title = "Trụ sở dột " + java.util.UUID.randomUUID().toString().substring(0, 6);
    String location = mvc.perform(post("/api/items").with(LONG_HOA)
            .contentType("multipart/form-data; boundary=" + BOUNDARY)
            .content(multipart(item(title), new Part("biên-bản.pdf", PDF), new Part("mai-nha.png", PNG))))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getHeader("Location");
    GrievanceItem item = driver.byReference(location.replace("/api/items/", ""));

    assertThat(stored(item)).isEqualTo(2);
    assertThat(driver.eventTypes(item)).containsSubsequence(EventType.SUBMITTED, EventType.ATTACHMENT_ADDED, EventType.ATTACHMENT_ADDED);
    var triage = driver.task(item, "userTask_triage");
    assertThat(String.valueOf(taskContext.of(triage.getId()).get("ctxAttachments")))
        .contains("biên-bản.pdf").contains("mai-nha.png").contains("đơn vị gửi");
  }

  @Test
  void aRefusedFileInASubmissionLeavesNoItemNoFileAndNoProcess() throws Exception {
    String title = "Thiếu máy tính " + java.util.UUID.randomUUID().toString().substring(0, 6);
    byte[] fakePdf = "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8);
    long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("grievance-handling").count();
    long filesBefore = jdbc.sql("SELECT COUNT(*) FROM item_attachment").query(Long.class).single();
    mvc.perform(post("/api/items").with(LONG_HOA).contentType("multipart/form-data; boundary=" + BOUNDARY)
            .content(multipart(item(title), new Part("that.pdf", PDF), new Part("gia.pdf", fakePdf))))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(post("/api/items").with(LONG_HOA).contentType("multipart/form-data; boundary=" + BOUNDARY)
            .content(multipart(item(title), new Part("lon.pdf", Arrays.copyOf(PDF, Attachments.MAX_BYTES + 1)))))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    Part[] six = new Part[6];
    Arrays.fill(six, new Part("a.pdf", PDF));
    mvc.perform(post("/api/items").with(LONG_HOA).contentType("multipart/form-data; boundary=" + BOUNDARY)
            .content(multipart(item(title), six)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("files"));
    mvc.perform(post("/api/items").with(LONG_HOA).contentType("multipart/form-data; boundary=" + BOUNDARY)
            .content(multipart(null, new Part("that.pdf", PDF))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("item"));

    assertThat(jdbc.sql("SELECT COUNT(*) FROM grievance_item WHERE title = ?").param(title).query(Long.class).single()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("grievance-handling").count()).isEqualTo(instancesBefore);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM item_attachment").query(Long.class).single()).isEqualTo(filesBefore);
  }

  // --- files attached while working on a step ---

  @Test
  void theOfficerHoldingAStepAttachesToItAndTheFileIsListedAndJournalledWithTheStep() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    var triage = driver.task(item, "userTask_triage");
    String base = "/api/tasks/" + triage.getId() + "/attachments";

    // not claimed yet: nobody holds the step
    mvc.perform(post(base).with(RECEPTION).contentType(MediaType.APPLICATION_PDF).header("X-File-Name", "doi-chieu.pdf").content(PDF))
        .andExpect(status().isForbidden());
    tasks.claim(triage.getId(), "tiepnhan");
    mvc.perform(post(base).with(RECEPTION).contentType(MediaType.APPLICATION_PDF).header("X-File-Name", "doi-chieu.pdf").content(PDF))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.stepName").value("Phân loại, đề xuất hướng xử lý"));
    // the unit reads the item but does not hold the step; another unit does not see it at all
    mvc.perform(post(base).with(LONG_HOA).contentType(MediaType.APPLICATION_PDF).content(PDF)).andExpect(status().isForbidden());
    mvc.perform(post(base).with(PHUOC_LAM).contentType(MediaType.APPLICATION_PDF).content(PDF)).andExpect(status().isNotFound());
    mvc.perform(get(base).with(PHUOC_LAM)).andExpect(status().isNotFound());
    mvc.perform(get("/api/tasks/no-such-task/attachments").with(RECEPTION)).andExpect(status().isNotFound());

    mvc.perform(get(base).with(LONG_HOA))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reference").value(item.reference()))
        .andExpect(jsonPath("$.attachments[0].fileName").value("doi-chieu.pdf"))
        .andExpect(jsonPath("$.attachments[0].stepName").value("Phân loại, đề xuất hướng xử lý"));
    assertThat(stored(item)).isOne();
    assertThat(driver.events(item)).anySatisfy(e -> assertThat(e.event())
        .isInstanceOfSatisfying(vn.police.grievance.item.JournalEvent.AttachmentAdded.class,
            a -> assertThat(a.stepName()).isEqualTo("Phân loại, đề xuất hướng xử lý")));
  }

  static final String BOUNDARY = "----grievance-test-boundary";

  record Part(String fileName, byte[] content) {}

  static String item(String title) {
    return "{\"category\":\"FACILITIES\",\"title\":\"" + title + "\",\"content\":\"Mái trụ sở dột khi mưa.\"}";
  }

  /** A multipart/form-data body as a browser sends it: the item as JSON, then the files. */
  static byte[] multipart(String itemJson, Part... files) throws java.io.IOException {
    var out = new java.io.ByteArrayOutputStream();
    if (itemJson != null) {
      out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"item\"\r\n"
          + "Content-Type: application/json\r\n\r\n" + itemJson + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    for (Part f : files) {
      out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.fileName() + "\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(f.content());
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
