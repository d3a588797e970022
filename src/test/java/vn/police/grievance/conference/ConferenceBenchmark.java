package vn.police.grievance.conference;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.system.CurrentUser;

/**
 * A harness, not a test: how long a secretary waits while recording a conference of 100 items
 * through the API one by one and as one imported list, and how long the notice of a 10- and a
 * 100-item session takes to draw up (PDF and DOCX), side by side, on whatever database
 * GRIEVANCE_TEST_DB_URL points at. Never asserts a time. Run with {@code ./mvnw test -Pbenchmark
 * -Dtest=ConferenceBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConferenceBenchmark {

  static final RequestPostProcessor SECRETARY = httpBasic("tiepnhan", "Demo@2026!");
  static final CurrentUser SECRETARY_USER = new CurrentUser("tiepnhan", Set.of("reception"));
  static final CurrentUser CHAIR = new CurrentUser("lanhdao", Set.of("leadership"));
  static final int ITEMS = Integer.getInteger("bench.conferenceItems", 100);

  @Autowired MockMvc mvc;
  @Autowired ConferenceService conferences;
  @Autowired ConclusionNotices notices;

  @Test
  void measureRecordingAndTheNotice() throws Exception {
    // warm up: one small conference through every path
    run(10);
    System.gc();
    long heapBefore = usedHeap();
    Figures small = run(10);
    Figures large = run(ITEMS);
    System.out.printf("%n=== Listening conference benchmark ===%n");
    System.out.printf("%-52s %22s %22s%n", "", "10 items", ITEMS + " items");
    System.out.printf("%-52s %22s %22s%n", "one item over the API (POST /items), p50 / p95", small.entry(), large.entry());
    System.out.printf("%-52s %19.0f ms %19.0f ms%n", "all items over the API, one by one", small.entryTotalMs, large.entryTotalMs);
    System.out.printf("%-52s %19.0f ms %19.0f ms%n", "the same number imported as one XLSX list", small.importMs, large.importMs);
    System.out.printf("%-52s %19.0f ms %19.0f ms%n", "the notice drawn up as PDF (p50 of 5)", small.pdfMs, large.pdfMs);
    System.out.printf("%-52s %19.0f ms %19.0f ms%n", "the notice drawn up as DOCX (p50 of 5)", small.docxMs, large.docxMs);
    System.out.printf("%-52s %19d KB %19d KB%n", "size of the PDF", small.pdfBytes >> 10, large.pdfBytes >> 10);
    System.out.printf("heap used before / after: %d MiB / %d MiB%n%n", heapBefore >> 20, usedHeap() >> 20);
  }

  record Figures(List<Long> entries, double entryTotalMs, double importMs, double pdfMs, double docxMs, long pdfBytes) {
    String entry() {
      List<Long> sorted = new ArrayList<>(entries);
      Collections.sort(sorted);
      return String.format("%.1f / %.1f ms", sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6);
    }
  }

  private Figures run(int count) throws Exception {
    Conference conference = plan();
    conferences.openSession(conference.id(), SECRETARY_USER);
    List<Long> entries = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      mvc.perform(post("/api/conferences/" + conference.id() + "/items").with(SECRETARY).contentType(MediaType.APPLICATION_JSON)
              .content("{\"unitId\":\"cax-long-hoa\",\"category\":\"FACILITIES\",\"title\":\"Ý kiến " + i
                  + "\",\"content\":\"Trụ sở xuống cấp, cần sửa chữa mái và tường.\",\"proposal\":\"Bố trí kinh phí\"}"))
          .andExpect(status().isCreated());
      entries.add(System.nanoTime() - t0);
    }
    double entryTotal = (System.nanoTime() - started) / 1e6;

    Conference imported = plan();
    conferences.openSession(imported.id(), SECRETARY_USER);
    byte[] list = xlsx(count);
    long t0 = System.nanoTime();
    mvc.perform(post("/api/conferences/" + imported.id() + "/items/import").with(SECRETARY)
            .contentType(MediaType.APPLICATION_OCTET_STREAM).content(list))
        .andExpect(status().isCreated());
    double importMs = (System.nanoTime() - t0) / 1e6;

    List<Long> pdf = new ArrayList<>();
    List<Long> docx = new ArrayList<>();
    long pdfBytes = 0;
    for (int i = 0; i < 5; i++) {
      long p0 = System.nanoTime();
      pdfBytes = notices.file(conference.id(), true, CHAIR).content().length;
      long p1 = System.nanoTime();
      notices.file(conference.id(), false, CHAIR);
      long p2 = System.nanoTime();
      pdf.add(p1 - p0);
      docx.add(p2 - p1);
    }
    return new Figures(entries, entryTotal, importMs, median(pdf), median(docx), pdfBytes);
  }

  private Conference plan() {
    return conferences.plan(
        new ConferenceService.Plan("Hội nghị đo hiệu năng", OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(1),
            "PROVINCIAL_POLICE", null, "lanhdao", "Giám đốc", "tiepnhan", "IN_PERSON", "Hội trường", List.of(),
            List.of("cax-long-hoa", "cax-phuoc-lam")),
        SECRETARY_USER);
  }

  private static byte[] xlsx(int rows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Kiến nghị");
      String[] headers = {"Đơn vị", "Lĩnh vực", "Tiêu đề", "Nội dung", "Đề xuất"};
      var header = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      for (int r = 1; r <= rows; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue(r % 2 == 0 ? "cax-long-hoa" : "cax-phuoc-lam");
        row.createCell(1).setCellValue("Phương tiện, trang thiết bị");
        row.createCell(2).setCellValue("Ý kiến nhập " + r);
        row.createCell(3).setCellValue("Thiếu phương tiện tuần tra, máy tính phục vụ công tác.");
        row.createCell(4).setCellValue("Bổ sung trang thiết bị");
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2) / 1e6;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
