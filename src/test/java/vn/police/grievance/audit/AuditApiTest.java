package vn.police.grievance.audit;

import vn.police.grievance.system.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.police.grievance.support.ProcessTestSupport.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/** The auditors' API: search, files, exports read back, verification, and who may use it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditApiTest {

  static final String PASSWORD = "Demo@2026!";
  static final RequestPostProcessor AUDITOR = httpBasic("thanhtra", PASSWORD);
  static final String REG = "42/2021/NĐ-CP";
  /** A return reason with everything CSV must quote: a comma, quotes and a line break. */
  static final String AWKWARD_REASON = "Nêu rõ \"nguồn kinh phí\", thời hạn\r\nvà người chịu trách nhiệm";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;
  @Autowired JdbcClient jdbc;

  private GrievanceItem finishedItem() {
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Bản 1", REG));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision(AWKWARD_REASON));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan",
        immediateAnswer("Trụ sở được bố trí từ ngân sách địa phương năm 2027; đề nghị Công an xã phối hợp UBND xã.", REG));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    return driver.reload(item);
  }

  private GrievanceItem itemAtLogistics() {
    GrievanceItem item = driver.submit("EQUIPMENT");
    driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    return driver.reload(item);
  }

  private JsonNode getJson(String path, RequestPostProcessor who) throws Exception {
    return json.readTree(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
  }

  private List<String> references(JsonNode page) {
    List<String> refs = new ArrayList<>();
    page.get("content").forEach(n -> refs.add(n.get("reference").asText()));
    return refs;
  }

  // --- Search and files -----------------------------------------------------------------------

  @Test
  void auditorsFindRunningAndFinishedItemsByEveryCriterion() throws Exception {
    GrievanceItem finished = finishedItem();
    GrievanceItem running = itemAtLogistics();
    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    assertThat(references(getJson("/api/audit/items?q=" + finished.reference(), AUDITOR))).containsExactly(finished.reference());
    assertThat(references(getJson("/api/audit/items?size=200&state=FINISHED", AUDITOR)))
        .contains(finished.reference()).doesNotContain(running.reference());
    assertThat(references(getJson("/api/audit/items?size=200&state=RUNNING", AUDITOR)))
        .contains(running.reference()).doesNotContain(finished.reference());
    assertThat(references(getJson("/api/audit/items?size=200&department=dept-hau-can&status=AT_DEPARTMENT&category=EQUIPMENT", AUDITOR)))
        .contains(running.reference()).doesNotContain(finished.reference());
    assertThat(references(getJson("/api/audit/items?size=200&unit=cax-long-hoa&category=FACILITIES&status=CLOSED&from=" + today
        + "&to=" + today, AUDITOR))).contains(finished.reference()).doesNotContain(running.reference());
    assertThat(references(getJson("/api/audit/items?size=200&to=2020-01-01", AUDITOR))).isEmpty();

    JsonNode first = getJson("/api/audit/items?q=" + running.reference(), AUDITOR).get("content").get(0);
    assertThat(first.get("unit").get("label").asText()).contains("Công an xã Long Hòa");
    assertThat(first.get("department").get("label").asText()).contains("Phòng Hậu cần");
    assertThat(first.get("finished").asBoolean()).isFalse();
    assertThat(first.get("processInstanceId").asText()).isEqualTo(running.processInstanceId());

    mvc.perform(get("/api/audit/items?category=WEATHER&state=SOMETIMES").with(AUDITOR))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
        .andExpect(jsonPath("$.errors[?(@.field=='category')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='state')]").exists());
  }

  @Test
  void theFileOfAnItemIsReadOverTheApiAndAnUnknownReferenceIsAProblem() throws Exception {
    GrievanceItem item = finishedItem();
    JsonNode file = getJson("/api/audit/items/" + item.reference(), AUDITOR);
    assertThat(file.get("reference").asText()).isEqualTo(item.reference());
    assertThat(file.get("running").asBoolean()).isFalse();
    assertThat(file.get("finalAnswer").get("signedBy").asText()).isEqualTo("lanhdao");
    assertThat(file.get("regulationsCited").get(0).get("code").asText()).isEqualTo(REG);
    List<String> kinds = new ArrayList<>();
    file.get("entries").forEach(e -> kinds.add(e.get("kind").asText()));
    assertThat(kinds).startsWith("SUBMITTED").endsWith("PROCESS_ENDED").contains("RETURNED_FOR_REVISION", "SIGNED_OFF");

    mvc.perform(get("/api/audit/items/KN-1999-000000").with(AUDITOR))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
  }

  @Test
  void theVerificationEndpointReportsTheChainAndTheOptionsCarryVietnameseLabels() throws Exception {
    driver.submit("OTHER");
    mvc.perform(get("/api/audit/verification").with(AUDITOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.intact").value(true))
        .andExpect(jsonPath("$.headHash").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
    mvc.perform(get("/api/audit/options").with(AUDITOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.categories[?(@.key=='FACILITIES')].label").value(org.hamcrest.Matchers.hasItem("Trụ sở, cơ sở vật chất")))
        .andExpect(jsonPath("$.states[?(@.key=='FINISHED')].label").value(org.hamcrest.Matchers.hasItem("Đã kết thúc")))
        .andExpect(jsonPath("$.departments[?(@.key=='dept-hau-can')]").exists())
        .andExpect(jsonPath("$.units[?(@.key=='cax-long-hoa')]").exists());
  }

  @Test
  void onlyInspectorsTheLeadershipAndAdministratorsReadFiles() throws Exception {
    GrievanceItem item = itemAtLogistics();
    for (String user : List.of("thanhtra", "lanhdao", "quantri")) {
      mvc.perform(get("/api/audit/items/" + item.reference()).with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
    }
    for (String user : List.of("tiepnhan", "cv.haucan", "tp.haucan", "xa.longhoa", "huyen.canduoc")) {
      for (String path : List.of("/api/audit/items/" + item.reference(), "/api/audit/items", "/api/audit/items.csv",
          "/api/audit/items/" + item.reference() + ".pdf", "/api/audit/verification")) {
        mvc.perform(get(path).with(httpBasic(user, PASSWORD)))
            .andExpect(status().isForbidden())
            .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
      }
    }
    mvc.perform(get("/api/audit/items")).andExpect(status().isUnauthorized());
  }

  // --- CSV --------------------------------------------------------------------------------------

  @Test
  void theFileAsCsvOpensInExcelAndReadsBackAsTheSameLines() throws Exception {
    GrievanceItem item = finishedItem();
    JsonNode file = getJson("/api/audit/items/" + item.reference(), AUDITOR);
    MvcResult result = mvc.perform(get("/api/audit/items/" + item.reference() + ".csv").with(AUDITOR))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("text/csv")))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"ho-so-" + item.reference() + ".csv\""))
        .andReturn();
    byte[] bytes = result.getResponse().getContentAsByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(AuditCsv.BOM);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n");

    List<List<String>> rows = Rfc4180.parse(text, ',');
    assertThat(rows.get(0)).isEqualTo(AuditCsv.FILE_COLUMNS);
    JsonNode entries = file.get("entries");
    assertThat(rows).hasSize(entries.size() + 1);
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row).hasSize(AuditCsv.FILE_COLUMNS.size());
      assertThat(row.get(0)).isEqualTo(item.reference());
      assertThat(row.get(1)).isEqualTo(OffsetDateTime.parse(e.get("at").asText())
          .atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")).format(AuditCsv.TIME));
      assertThat(row.get(2)).isEqualTo(text(e, "actor"));
      assertThat(row.get(3)).isEqualTo(text(e, "actorName"));
      assertThat(row.get(4)).isEqualTo(text(e, "label"));
      assertThat(row.get(5)).isEqualTo(text(e, "step"));
      assertThat(row.get(6)).isEqualTo(text(e, "detail"));
      assertThat(row.get(7)).isEqualTo(text(e, "reason"));
      assertThat(row.get(9)).isEqualTo(text(e, "timing"));
      assertThat(row.get(10)).isEqualTo(text(e, "source"));
      assertThat(row.get(11)).isEqualTo(text(e, "kind"));
      assertThat(row.get(12)).isEqualTo(text(e, "position"));
      assertThat(row.get(13)).isEqualTo(text(e, "hash"));
    }
    assertThat(rows).anySatisfy(r -> assertThat(r.get(7)).isEqualTo(AWKWARD_REASON));
    assertThat(rows).anySatisfy(r -> assertThat(r.get(4)).isEqualTo("Lãnh đạo duyệt trả lời"));

    // Excel with Vietnamese regional settings separates by semicolons
    String semicolons = mvc.perform(get("/api/audit/items/" + item.reference() + ".csv?delimiter=semicolon").with(AUDITOR))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).substring(1);
    assertThat(Rfc4180.parse(semicolons, ';')).isEqualTo(rows);
    mvc.perform(get("/api/audit/items/" + item.reference() + ".csv?delimiter=tab").with(AUDITOR))
        .andExpect(status().isBadRequest());
  }

  private static String text(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  @Test
  void aLargeSearchResultIsExportedRowByRowAsCsvAndPdf() throws Exception {
    String marker = "Xuất hàng loạt " + UUID.randomUUID().toString().substring(0, 8);
    OffsetDateTime at = OffsetDateTime.parse("2026-02-02T08:00:00+07:00");
    int count = 260;
    for (int i = 0; i < count; i++) {
      String reference = "KX-" + marker.substring(marker.length() - 8) + "-" + i;
      String title = marker + " số " + i + ", \"đợt\" 1";
      // written as the application writes an item: with its folded words, which search reads
      jdbc.sql("INSERT INTO grievance_item (reference, unit_id, category, title, content, status, submitted_by, submitted_at,"
              + " updated_at, search_title, search_text) VALUES (?, 'cax-phuoc-lam', 'STAFFING', ?, 'Nội dung', 'IN_TRIAGE',"
              + " 'xa.phuoclam', ?, ?, ?, ?)")
          .params(reference, title, at.plusMinutes(i), at.plusMinutes(i), VietnameseText.fold(title),
              VietnameseText.foldAll(reference, title, "Nội dung"))
          .update();
    }
    byte[] csv = mvc.perform(get("/api/audit/items.csv").param("q", marker).with(AUDITOR))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("text/csv")))
        .andReturn().getResponse().getContentAsByteArray();
    List<List<String>> rows = Rfc4180.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8), ',');
    assertThat(rows.get(0)).isEqualTo(AuditCsv.ITEM_COLUMNS);
    assertThat(rows).hasSize(count + 1);
    // newest first, every field as stored
    assertThat(rows.get(1).get(3)).isEqualTo(marker + " số " + (count - 1) + ", \"đợt\" 1");
    assertThat(rows.get(1).get(1)).isEqualTo("Công an xã Phước Lâm (dữ liệu mẫu)");
    assertThat(rows.get(1).get(2)).isEqualTo("Biên chế, tổ chức cán bộ");
    assertThat(rows.get(count).get(8)).isEqualTo("2026-02-02 08:00:00");

    byte[] pdf = mvc.perform(get("/api/audit/items.pdf").param("q", marker).with(AUDITOR))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(5);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("KẾT QUẢ TRA CỨU KIẾN NGHỊ").contains("Tổng số: " + count + " kiến nghị")
          .contains("Biên chế, tổ chức cán bộ").contains("Công an xã Phước Lâm");
    }

    // the criteria and the dates read as an officer writes them, in Vietnam's time
    byte[] narrowed = mvc.perform(get("/api/audit/items.pdf").param("q", marker).param("category", "STAFFING")
            .param("status", "IN_TRIAGE").param("state", "RUNNING").param("from", "2026-02-01").param("to", "2026-02-28").with(AUDITOR))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(narrowed)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Lĩnh vực: Biên chế, tổ chức cán bộ").contains("Tình trạng: Đang xử lý")
          .contains("Từ ngày: 01/02/2026").contains("Đến ngày: 28/02/2026").contains("02/02/2026 08:00")
          .doesNotContain("STAFFING").doesNotContain("IN_TRIAGE").doesNotContain("RUNNING").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }
  }

  /**
   * Titles a unit could type that a spreadsheet would run as formulas, and text that must stay as typed (the last two
   * start a formula only in a spreadsheet that splits cells by the other separator).
   */
  static final List<String> FORMULAS = List.of(
      "=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=1+1;=2+2");
  static final List<String> PLAIN = List.of(
      "Trụ sở xuống cấp, mùa mưa bị dột", "Giảm -2 cán bộ = thiếu người @ Long Hòa", "'Trích dẫn'", "Đề nghị, =1+1", "Nhiệt độ -5 độ; +3 ngày");

  @Test
  void noExportedTitleIsRunAsAFormulaWhicheverSeparatorTheSpreadsheetUses() throws Exception {
    String marker = "KF" + UUID.randomUUID().toString().substring(0, 8);
    OffsetDateTime at = OffsetDateTime.parse("2026-03-02T08:00:00+07:00");
    List<String> titles = new ArrayList<>(FORMULAS);
    titles.addAll(PLAIN);
    for (int i = 0; i < titles.size(); i++) {
      jdbc.sql("INSERT INTO grievance_item (reference, unit_id, category, title, content, status, submitted_by, submitted_at,"
              + " updated_at, search_title, search_text) VALUES (?, 'cax-phuoc-lam', 'STAFFING', ?, 'Nội dung', 'IN_TRIAGE',"
              + " 'xa.phuoclam', ?, ?, ?, ?)")
          .params(marker + "-" + i, titles.get(i), at.plusMinutes(i), at.plusMinutes(i), VietnameseText.fold(titles.get(i)),
              VietnameseText.foldAll(marker + "-" + i, titles.get(i), "Nội dung"))
          .update();
    }
    for (String delimiter : List.of("comma", "semicolon")) {
      byte[] csv = mvc.perform(get("/api/audit/items.csv").param("q", marker).param("delimiter", delimiter).with(AUDITOR))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
      String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
      List<List<String>> rows = Rfc4180.parse(text, delimiter.equals("comma") ? ',' : ';');
      assertThat(rows).hasSize(titles.size() + 1);
      List<String> exported = rows.stream().skip(1).map(r -> r.get(3)).toList();
      for (String formula : FORMULAS) {
        assertThat(exported).as(delimiter).contains("'" + formula).doesNotContain(formula);
      }
      assertThat(exported).as(delimiter).containsAll(PLAIN);
      // Excel splits by its regional separator, which may not be the file's: no cell may then start a formula
      for (char opened : new char[] {',', ';'}) {
        for (List<String> row : Rfc4180.parse(text, opened)) {
          assertThat(row).as("%s file opened with %s", delimiter, opened)
              .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        }
      }
    }
  }

  // --- PDF --------------------------------------------------------------------------------------

  @Test
  void theFileAsPdfEmbedsItsFontAndKeepsEveryVietnameseLetter() throws Exception {
    GrievanceItem item = finishedItem();
    byte[] pdf = mvc.perform(get("/api/audit/items/" + item.reference() + ".pdf").with(AUDITOR))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"ho-so-" + item.reference() + ".pdf\""))
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      keepForReading("ho-so.pdf", pdf, document);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("HỒ SƠ KIẾN NGHỊ " + item.reference())
          .contains("Chưa có trụ sở làm việc")
          .contains("Công an xã Long Hòa")
          .contains("Trụ sở, cơ sở vật chất")
          .contains("Lãnh đạo duyệt trả lời")
          .contains("Quyết định hướng xử lý")
          .contains("Đúng hạn")
          .contains("Xuất bởi thanhtra")
          .contains("Trụ sở được bố trí từ ngân sách địa phương năm 2027");
      assertThat(text).contains("nguồn kinh phí").contains("người chịu trách nhiệm");
      for (int p = 0; p < document.getNumberOfPages(); p++) {
        var resources = document.getPage(p).getResources();
        for (var name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("NotoSans");
        }
      }
    }
  }

  @Test
  void everyVietnameseLetterPrintsAndReadsBack() throws Exception {
    String letters = "aàảãáạăằẳẵắặâầẩẫấậ dđ eèẻẽéẹêềểễếệ iìỉĩíị oòỏõóọôồổỗốộơờởỡớợ uùủũúụưừửữứự yỳỷỹýỵ";
    ItemFile file = new ItemFile("KN-2026-999999", null, null, letters.toUpperCase(), letters, null, null, null, null, null,
        "thanhtra", OffsetDateTime.now(), null, 0, false, null, List.of(), null, List.of(), List.of(), List.of());
    var out = new java.io.ByteArrayOutputStream();
    new AuditPdf().file(out, file, new AuditPdf.Stamp("thanhtra", OffsetDateTime.now(), 1, "0".repeat(64),
        ZoneId.of("Asia/Ho_Chi_Minh")));
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFC);
      assertThat(text).contains(letters).contains(letters.toUpperCase());
    }
  }

  /** The export and a picture of its first page, under target/exports, for people to look at. */
  private static void keepForReading(String name, byte[] pdf, PDDocument document) throws java.io.IOException {
    java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"));
    java.nio.file.Files.write(folder.resolve(name), pdf);
    javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110),
        "png", folder.resolve(name + ".png").toFile());
  }

  /** Reads CSV as RFC 4180 writes it: quoted fields may hold delimiters, doubled quotes and line breaks. */
  static final class Rfc4180 {
    static List<List<String>> parse(String text, char delimiter) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == delimiter) {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
