package vn.police.grievance.conference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.GrievanceProcess;
import vn.police.grievance.system.CurrentUser;

/**
 * The follow-up board of a conference: every item raised, with where it stands, the department
 * working on it, its deadline (the chair's, else the due date of its open step) and whether it is
 * overdue; and the counts the leadership follows. Exported as XLSX and CSV.
 */
@Component
public class ConferenceBoard {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ConferenceService conferences;
  private final GrievanceProcess process;
  private final OrganisationService organisation;
  private final ItemService items;

  ConferenceBoard(ConferenceService conferences, GrievanceProcess process, OrganisationService organisation, ItemService items) {
    this.conferences = conferences;
    this.process = process;
    this.organisation = organisation;
    this.items = items;
  }

  /** One item on the board. */
  public record Line(
      int position,
      String reference,
      String unitId,
      String unitName,
      String title,
      String outcome,
      String outcomeLabel,
      String status,
      String statusLabel,
      String departmentId,
      String departmentName,
      LocalDate deadline,
      boolean overdue,
      boolean closed) {}

  /** The counts a leader reads first. */
  public record Counts(int raised, int answeredOnTheSpot, int assigned, int leftToTriage, int open, int overdue, int closed) {}

  public record Board(Conference conference, Counts counts, List<Line> lines) {}

  /** The board is the provincial offices' and the inspectors'; a unit reads its own items on the conference page. */
  public Board of(long conferenceId, CurrentUser user) {
    if (!conferences.seesEverything(user)) {
      throw new vn.police.grievance.system.NotFoundException("Không tìm thấy bảng theo dõi (no such board)");
    }
    ConferenceService.ConferenceFile file = conferences.file(conferenceId, user);
    List<RaisedItem> raised = file.items();
    Map<String, Date> due =
        process.dueOfOpenSteps(raised.stream().filter(r -> !r.isClosed()).map(RaisedItem::reference).toList());
    OffsetDateTime now = items.now();
    LocalDate today = now.atZoneSameInstant(VIETNAM).toLocalDate();
    List<Line> lines =
        raised.stream()
            .map(r -> {
              Date stepDue = due.get(r.reference());
              LocalDate deadline =
                  r.deadline() != null && !r.isClosed()
                      ? r.deadline()
                      : stepDue == null ? null : stepDue.toInstant().atZone(VIETNAM).toLocalDate();
              boolean overdue =
                  !r.isClosed()
                      && (r.deadline() != null ? r.deadline().isBefore(today) : stepDue != null && stepDue.toInstant().isBefore(now.toInstant()));
              String department = r.departmentId();
              return new Line(
                  r.position(),
                  r.reference(),
                  r.unitId(),
                  organisation.shortNameOf(r.unitId()),
                  r.title(),
                  r.outcome().name(),
                  r.outcome().labelVi(),
                  r.status().name(),
                  r.status().labelVi(),
                  department,
                  department == null ? null : organisation.shortNameOf(department),
                  deadline,
                  overdue,
                  r.isClosed());
            })
            .toList();
    int answered = (int) raised.stream().filter(r -> r.outcome() == ConferenceOutcome.ANSWERED).count();
    int assigned = (int) raised.stream().filter(r -> r.outcome() == ConferenceOutcome.ASSIGNED).count();
    int closed = (int) lines.stream().filter(Line::closed).count();
    Counts counts =
        new Counts(
            raised.size(),
            answered,
            assigned,
            raised.size() - answered - assigned,
            raised.size() - closed,
            (int) lines.stream().filter(Line::overdue).count(),
            closed);
    return new Board(file.conference(), counts, lines);
  }

  private static final List<String> HEADERS =
      List.of("TT", "Số tham chiếu", "Đơn vị", "Nội dung", "Kết luận tại hội nghị", "Trạng thái", "Phòng chức năng", "Thời hạn", "Quá hạn");

  private static List<String> cells(Line l) {
    return List.of(
        Integer.toString(l.position()),
        l.reference(),
        l.unitName(),
        l.title(),
        l.outcomeLabel(),
        l.statusLabel(),
        l.departmentName() == null ? "" : l.departmentName(),
        l.deadline() == null ? "" : DAY.format(l.deadline()),
        l.overdue() ? "Quá hạn" : "");
  }

  /** The board as CSV, UTF-8 with a byte order mark and semicolons, as Excel in Vietnamese opens it. */
  public byte[] csv(Board board) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(";", HEADERS)).append("\r\n");
    for (Line line : board.lines()) {
      out.append(String.join(";", cells(line).stream().map(ConferenceBoard::csvCell).toList())).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A cell that a spreadsheet would run as a formula is written as text. */
  private static String csvCell(String value) {
    String v = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    return v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  /** The board as XLSX: a summary sheet with the counts and a sheet with every item. */
  public byte[] xlsx(Board board) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet summary = workbook.createSheet("Tổng hợp");
      Conference c = board.conference();
      Counts n = board.counts();
      Object[][] facts = {
        {"Hội nghị", c.reference() + " · " + c.title()},
        {"Trạng thái", c.status().labelVi()},
        {"Số ý kiến", n.raised()},
        {"Trả lời tại hội nghị", n.answeredOnTheSpot()},
        {"Giao phòng chức năng", n.assigned()},
        {"Chuyển phân loại", n.leftToTriage()},
        {"Đang xử lý", n.open()},
        {"Quá hạn", n.overdue()},
        {"Đã kết thúc", n.closed()}
      };
      for (int i = 0; i < facts.length; i++) {
        Row row = summary.createRow(i);
        Cell label = row.createCell(0);
        label.setCellValue((String) facts[i][0]);
        label.setCellStyle(bold);
        if (facts[i][1] instanceof Integer number) {
          row.createCell(1).setCellValue(number);
        } else {
          row.createCell(1).setCellValue((String) facts[i][1]);
        }
      }
      summary.setColumnWidth(0, 26 * 256);
      summary.setColumnWidth(1, 70 * 256);
      Sheet sheet = workbook.createSheet("Theo dõi");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(HEADERS.get(i));
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (Line line : board.lines()) {
        Row row = sheet.createRow(r++);
        List<String> cells = cells(line);
        row.createCell(0).setCellValue(line.position());
        for (int i = 1; i < cells.size(); i++) {
          row.createCell(i).setCellValue(cells.get(i));
        }
      }
      int[] widths = {5, 18, 28, 50, 30, 26, 30, 12, 10};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
