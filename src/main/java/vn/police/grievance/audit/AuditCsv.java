package vn.police.grievance.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import vn.police.grievance.tracking.ItemView.Labelled;

/**
 * CSV exports as RFC 4180 describes them (fields quoted when they hold the delimiter, a quote or a
 * line break; quotes doubled; CRLF between records), in UTF-8 with a byte order mark so that Excel
 * reads the Vietnamese text correctly. Rows are written as they come: an export never holds more
 * than one row in memory. A cell that a spreadsheet would run as a formula is written as text. The
 * delimiter is a comma; Excel set to Vietnamese regional settings expects a semicolon, which the API
 * offers too.
 */
final class AuditCsv {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  /** The characters that make a spreadsheet read a cell as a formula when the cell begins with one. */
  static final String FORMULA_START = "=+-@\t\r";

  static final List<String> ITEM_COLUMNS = List.of(
      "Số tham chiếu", "Đơn vị", "Lĩnh vực", "Tiêu đề", "Trạng thái", "Hướng xử lý", "Phòng chức năng",
      "Người gửi", "Ngày tiếp nhận", "Ngày kết thúc", "Số lần mở lại");

  static final List<String> FILE_COLUMNS = List.of(
      "Số tham chiếu", "Thời gian", "Người thực hiện", "Tên người thực hiện", "Nội dung", "Bước xử lý", "Chi tiết",
      "Lý do", "Hạn xử lý", "Thời hạn", "Nguồn", "Mã sự kiện", "Vị trí trong chuỗi nhật ký", "Mã băm");

  private final Writer out;
  private final char delimiter;
  private final ZoneId zone;

  AuditCsv(OutputStream stream, char delimiter, ZoneId zone) {
    try {
      stream.write(BOM);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 8192);
    this.delimiter = delimiter;
    this.zone = zone;
  }

  void row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(delimiter);
        }
        out.write(quote(fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One field as written to the file: neutralised against formula injection, then quoted when it
   * holds either delimiter (so that a file opened with the other one still keeps the cell whole), a
   * tab, a quote or a line break.
   */
  String quote(String field) {
    if (field == null) {
      return "";
    }
    String value = neutralise(field);
    boolean needsQuotes = value.indexOf(delimiter) >= 0 || value.indexOf(',') >= 0 || value.indexOf(';') >= 0
        || value.indexOf('\t') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /**
   * A spreadsheet runs a cell that begins with = + - @, a tab or a carriage return as a formula
   * (OWASP, CSV injection): such a cell gets a leading single quote, so that it shows as the text it
   * is. What a unit or an officer typed is only ever shown, never run; a minus inside a cell stays.
   */
  static String neutralise(String field) {
    return !field.isEmpty() && FORMULA_START.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
  }

  String time(OffsetDateTime at) {
    return at == null ? "" : at.atZoneSameInstant(zone).format(TIME);
  }

  static String label(Labelled l) {
    return l == null ? "" : l.label();
  }

  /** One row per item, in the order the source hands them over. */
  static void items(OutputStream stream, char delimiter, ZoneId zone, Consumer<Consumer<AuditItem>> source) {
    AuditCsv csv = new AuditCsv(stream, delimiter, zone);
    csv.row(ITEM_COLUMNS);
    source.accept(item -> csv.row(java.util.Arrays.asList(
        item.reference(), label(item.unit()), label(item.category()), item.title(), label(item.status()),
        label(item.route()), label(item.department()), item.submittedBy(), csv.time(item.submittedAt()),
        csv.time(item.closedAt()), String.valueOf(item.reopenCount()))));
    csv.flush();
  }

  /** One row per line of the item's file. */
  static void file(OutputStream stream, char delimiter, ZoneId zone, ItemFile file) {
    AuditCsv csv = new AuditCsv(stream, delimiter, zone);
    csv.row(FILE_COLUMNS);
    for (TimelineEntry e : file.entries()) {
      csv.row(java.util.Arrays.asList(
          file.reference(), csv.time(e.at()), e.actor(), e.actorName(), e.label(), e.step(), e.detail(), e.reason(),
          csv.time(e.due()), e.timing(), e.source().name(), e.kind(),
          e.position() == null ? "" : e.position().toString(), e.hash()));
    }
    csv.flush();
  }
}
