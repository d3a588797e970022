package vn.police.grievance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.police.grievance.audit.AuditApiTest.Rfc4180;

/** An item's file as CSV: reasons and details a spreadsheet would run as formulas are written as text. */
class AuditCsvTest {

  static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static TimelineEntry returned(String reason, String detail) {
    return new TimelineEntry(OffsetDateTime.parse("2026-03-02T08:00:00+07:00"), TimelineEntry.Source.JOURNAL,
        "RETURNED_FOR_REVISION", "Lãnh đạo trả lại", "lanhdao", "Lãnh đạo", "Lãnh đạo duyệt trả lời", "userTask_leadershipSignOff",
        detail, reason, null, "Đúng hạn", 0, null, 7L, "ab".repeat(32));
  }

  private static List<List<String>> export(List<TimelineEntry> entries, char delimiter) {
    ItemFile file = new ItemFile("KN-2026-000001", null, null, "Tiêu đề", "Nội dung", null, null, null, null, null,
        "xa.longhoa", OffsetDateTime.now(), null, 0, false, null, List.of(), null, List.of(), List.of(), entries);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AuditCsv.file(out, delimiter, HCM, file);
    byte[] bytes = out.toByteArray();
    return Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), delimiter);
  }

  @Test
  void reasonsThatLookLikeFormulasAreExportedAsText() {
    List<String> formulas = List.of("=HYPERLINK(\"http://x\",\"Bấm vào đây\")", "+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r\n=1+1");
    List<TimelineEntry> entries = formulas.stream().map(f -> returned(f, f)).toList();
    for (char delimiter : new char[] {',', ';'}) {
      List<List<String>> rows = export(entries, delimiter);
      assertThat(rows).hasSize(formulas.size() + 1);
      for (int i = 0; i < formulas.size(); i++) {
        assertThat(rows.get(i + 1).get(7)).as("reason").isEqualTo("'" + formulas.get(i));
        assertThat(rows.get(i + 1).get(6)).as("detail").isEqualTo("'" + formulas.get(i));
      }
    }
  }

  @Test
  void ordinaryTextIsExportedExactlyAsTyped() {
    List<String> texts = List.of(
        "Nêu rõ \"nguồn kinh phí\", thời hạn\r\nvà người chịu trách nhiệm",
        "Số liệu chênh lệch -2 so với báo cáo; đề nghị kiểm tra lại",
        "Tổng = 3 + 4, liên hệ a@b.vn",
        "'đã trích dẫn'",
        "Trụ sở xuống cấp");
    List<List<String>> rows = export(texts.stream().map(t -> returned(t, null)).toList(), ',');
    for (int i = 0; i < texts.size(); i++) {
      assertThat(rows.get(i + 1).get(7)).isEqualTo(texts.get(i));
      assertThat(rows.get(i + 1).get(6)).isEmpty();
      assertThat(rows.get(i + 1).get(1)).isEqualTo("2026-03-02 08:00:00");
      assertThat(rows.get(i + 1).get(12)).isEqualTo("7");
    }
  }
}
