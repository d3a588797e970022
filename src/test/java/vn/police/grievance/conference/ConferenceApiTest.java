package vn.police.grievance.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The conference's API as its callers meet it: problems for bad input that leave nothing saved,
 * 403 for a step that is not the caller's, 404 outside the caller's conferences, 409 out of turn,
 * downloads served as attachments that are never sniffed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConferenceApiTest {

  static final String PASSWORD = "Demo@2026!";
  static final RequestPostProcessor SECRETARY = httpBasic("tiepnhan", PASSWORD);
  static final RequestPostProcessor CHAIR = httpBasic("lanhdao", PASSWORD);
  static final RequestPostProcessor LONG_HOA = httpBasic("xa.longhoa", PASSWORD);
  static final RequestPostProcessor INSPECTOR = httpBasic("thanhtra", PASSWORD);
  static final RequestPostProcessor OFFICER = httpBasic("cv.haucan", PASSWORD);

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired org.camunda.bpm.engine.FormService forms;

  private long plan() throws Exception {
    Map<String, Object> body = Map.of(
        "title", "Hội nghị lắng nghe ý kiến",
        "startsAt", OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(2).toString(),
        "organiserLevel", "PROVINCIAL_POLICE",
        "chairId", "lanhdao",
        "chairTitle", "Giám đốc",
        "secretaryId", "tiepnhan",
        "format", "IN_PERSON",
        "venue", "Hội trường",
        "invitedUnitIds", List.of("cax-long-hoa"));
    String response = mvc.perform(post("/api/conferences").with(SECRETARY).contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("HN-")))
        .andExpect(jsonPath("$.step").value("userTask_prepareConference"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    return json.readTree(response).path("id").asLong();
  }

  private long items() {
    return jdbc.sql("SELECT COUNT(*) FROM grievance_item").query(Long.class).single();
  }

  @Test
  void aPlanWithoutItsEssentialsIsRefusedFieldByFieldAndAUnitPlansNothing() throws Exception {
    long conferences = jdbc.sql("SELECT COUNT(*) FROM conference").query(Long.class).single();
    mvc.perform(post("/api/conferences").with(SECRETARY).contentType(MediaType.APPLICATION_JSON)
            .content("{\"format\":\"ONLINE\",\"chairId\":\"tiepnhan\",\"secretaryId\":\"lanhdao\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
            "title", "startsAt", "organiserLevel", "chairTitle", "bridgePoints", "invitedUnitIds", "chairId", "secretaryId")));
    mvc.perform(post("/api/conferences").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM conference").query(Long.class).single()).isEqualTo(conferences);
  }

  @Test
  void anImportWithABadRowSavesNothingAndNamesTheRowAGoodOneSavesAll() throws Exception {
    long id = plan();
    mvc.perform(post("/api/conferences/" + id + "/session/open").with(SECRETARY)).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_SESSION"));
    long before = items();
    byte[] bad = xlsx(List.of(
        List.of("Công an xã Long Hòa", "Trụ sở, cơ sở vật chất", "Trụ sở dột", "Mái dột.", ""),
        List.of("Công an xã Phước Lâm", "Khác", "Không được mời", "Đơn vị không dự hội nghị này.", "")));
    mvc.perform(post("/api/conferences/" + id + "/items/import").with(SECRETARY)
            .contentType(MediaType.APPLICATION_OCTET_STREAM).content(bad))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("Dòng 3, cột Đơn vị"));
    assertThat(items()).isEqualTo(before);
    mvc.perform(post("/api/conferences/" + id + "/items/import").with(SECRETARY)
            .contentType(MediaType.APPLICATION_OCTET_STREAM).content("%PDF-1.4 not a list".getBytes(StandardCharsets.US_ASCII)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    byte[] good = xlsx(List.of(
        List.of("Công an xã Long Hòa", "Trụ sở, cơ sở vật chất", "Trụ sở dột", "Mái dột.", "Sửa chữa"),
        List.of("cax-long-hoa", "EQUIPMENT", "Thiếu xe", "Một xe cho cả xã.", "")));
    mvc.perform(post("/api/conferences/" + id + "/items/import").with(SECRETARY)
            .contentType(MediaType.APPLICATION_OCTET_STREAM).content(good))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].position").value(1))
        .andExpect(jsonPath("$[1].reference").value(org.hamcrest.Matchers.startsWith("KN-")));
    assertThat(items()).isEqualTo(before + 2);
    // only the secretary imports
    mvc.perform(post("/api/conferences/" + id + "/items/import").with(CHAIR)
            .contentType(MediaType.APPLICATION_OCTET_STREAM).content(good))
        .andExpect(status().isForbidden());
  }

  @Test
  void whoSeesWhatAndWhatComesOutOfTurn() throws Exception {
    long id = plan();
    // the unit sends one in advance; an officer of a department sees no conference
    String raised = mvc.perform(post("/api/conferences/" + id + "/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"FACILITIES\",\"title\":\"Trụ sở\",\"content\":\"Chưa có trụ sở.\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.inAdvance").value(true))
        .andExpect(jsonPath("$.statusLabel").value("Đang xem xét tại hội nghị"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    long itemId = json.readTree(raised).path("itemId").asLong();
    mvc.perform(get("/api/conferences/" + id).with(OFFICER)).andExpect(status().isNotFound());
    // the follow-up board is the offices'; a unit reads its own items on the conference page
    mvc.perform(get("/api/conferences/" + id + "/board").with(LONG_HOA)).andExpect(status().isNotFound());
    mvc.perform(get("/api/conferences/" + id).with(INSPECTOR)).andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1));
    // nothing is decided before the session opens, and the chair records nothing
    mvc.perform(put("/api/conferences/" + id + "/items/" + itemId + "/answer").with(SECRETARY).contentType(MediaType.APPLICATION_JSON)
            .content("{\"answer\":\"Trả lời\"}"))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/conferences/" + id + "/session/open").with(CHAIR)).andExpect(status().isForbidden());
    mvc.perform(post("/api/conferences/" + id + "/session/open").with(SECRETARY)).andExpect(status().isOk());
    mvc.perform(put("/api/conferences/" + id + "/items/" + itemId + "/answer").with(SECRETARY).contentType(MediaType.APPLICATION_JSON)
            .content("{\"answer\":\"Năm sau xây trụ sở.\",\"regulationCodes\":[\"KHONG-CO\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("regulationCodes"));
    mvc.perform(put("/api/conferences/" + id + "/items/" + itemId + "/answer").with(SECRETARY).contentType(MediaType.APPLICATION_JSON)
            .content("{\"answer\":\"Năm sau xây trụ sở.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.awaitingConfirmation").value(true));
    // the unit does not read an answer the chair has not confirmed
    mvc.perform(get("/api/conferences/" + id).with(LONG_HOA)).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].answer").doesNotExist())
        .andExpect(jsonPath("$.items[0].outcome").value("PENDING"));
    mvc.perform(post("/api/conferences/" + id + "/items/" + itemId + "/confirmation").with(SECRETARY))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/conferences/" + id + "/items/" + itemId + "/confirmation").with(CHAIR))
        .andExpect(status().isOk());
    mvc.perform(post("/api/conferences/" + id + "/items/" + itemId + "/confirmation").with(CHAIR))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/conferences/" + id).with(LONG_HOA)).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].answer").value("Năm sau xây trụ sở."));
    // the unit reads the notice only once it is issued; the province previews the draft
    mvc.perform(get("/api/conferences/" + id + "/notice.pdf").with(LONG_HOA)).andExpect(status().isNotFound());
    mvc.perform(get("/api/conferences/" + id + "/notice.pdf").with(CHAIR))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Document-State", "draft"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
    // inspectors change nothing
    mvc.perform(post("/api/conferences/" + id + "/session/end").with(INSPECTOR)).andExpect(status().isForbidden());
  }

  @Test
  void theSecretaryEndsTheSessionFromTasklistWithItsFormOnlyAndAUnitCannotSendItsItemOnThroughTheEngine() throws Exception {
    long id = plan();
    String raised = mvc.perform(post("/api/conferences/" + id + "/items").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"OTHER\",\"title\":\"Xin tập huấn\",\"content\":\"Đề nghị tập huấn nghiệp vụ.\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String reference = json.readTree(raised).path("reference").asText();
    // the unit may not tell its own item that the conference answered it
    mvc.perform(post("/engine-rest/message").with(LONG_HOA).contentType(MediaType.APPLICATION_JSON)
            .content("{\"messageName\":\"conferenceOutcome\",\"businessKey\":\"" + reference
                + "\",\"processVariables\":{\"conferenceOutcome\":{\"value\":\"ANSWERED\"}}}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/conferences/" + id + "/session/open").with(SECRETARY)).andExpect(status().isOk());
    String instance = jdbc.sql("SELECT process_instance_id FROM conference WHERE id = ?").param(id).query(String.class).single();
    String task = jdbc.sql("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?").param(instance).query(String.class).single();
    mvc.perform(post("/engine-rest/task/" + task + "/submit-form").with(SECRETARY).contentType(MediaType.APPLICATION_JSON)
            .content("{\"variables\":{\"sessionEnded\":{\"value\":true,\"type\":\"Boolean\"},"
                + "\"conferenceOutcome\":{\"value\":\"ANSWERED\",\"type\":\"String\"}}}"))
        .andExpect(status().isBadRequest());
    // what the front door lets through, the engine's form service does as the secretary (MockMvc
    // reaches our filters, not the engine's REST servlet)
    identity.setAuthentication("tiepnhan", List.of("reception"));
    try {
      forms.submitTaskForm(task, Map.of("sessionEnded", true));
    } finally {
      identity.clearAuthentication();
    }
    mvc.perform(get("/api/conferences/" + id).with(SECRETARY)).andExpect(status().isOk())
        .andExpect(jsonPath("$.conference.status").value("CONCLUDING"))
        .andExpect(jsonPath("$.items[0].statusLabel").value("Đang phân loại"));
  }

  @Test
  void theTemplatesAndTheBoardExportsDownloadAsAttachments() throws Exception {
    long id = plan();
    byte[] template = mvc.perform(get("/api/conferences/" + id + "/items/template.xlsx").with(SECRETARY))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
    }
    mvc.perform(get("/api/conferences/" + id + "/items/template.csv").with(SECRETARY)).andExpect(status().isOk());
    mvc.perform(get("/api/conferences/" + id + "/board").with(CHAIR)).andExpect(status().isOk())
        .andExpect(jsonPath("$.counts.raised").value(0));
    byte[] board = mvc.perform(get("/api/conferences/" + id + "/board.xlsx").with(CHAIR)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(board))) {
      assertThat(workbook.getSheet("Tổng hợp").getRow(2).getCell(1).getNumericCellValue()).isZero();
      assertThat(workbook.getSheet("Theo dõi").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Số tham chiếu");
    }
    String csv = mvc.perform(get("/api/conferences/" + id + "/board.csv").with(CHAIR)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFTT;Số tham chiếu;");
    JsonNode list = json.readTree(mvc.perform(get("/api/conferences").with(LONG_HOA)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(list.findValuesAsText("id")).contains(Long.toString(id));
  }

  private static byte[] xlsx(List<List<String>> rows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Kiến nghị");
      List<String> headers = List.of("Đơn vị", "Lĩnh vực", "Tiêu đề", "Nội dung", "Đề xuất");
      var header = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int i = 0; i < rows.get(r).size(); i++) {
          row.createCell(i).setCellValue(rows.get(r).get(i));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }
}
