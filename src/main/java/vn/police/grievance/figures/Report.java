package vn.police.grievance.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * One report's content: the dashboard's figures for the period (province-wide) and the list of
 * overdue steps at the moment it was generated. The XLSX and the PDF are both written from it, so
 * they say the same as each other and as the dashboard.
 */
record Report(
    ReportKind kind,
    LocalDate from,
    LocalDate to,
    OffsetDateTime generatedAt,
    String generatedBy,
    String issuer,
    String place,
    Dashboard figures,
    List<FiguresService.DrillRow> overdueSteps,
    long overdueTotal) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  /** "Báo cáo tuần 12/2027 (16/03/2027 – 22/03/2027)", "Báo cáo tháng 03/2027", or the period. */
  String title() {
    String period = "(" + from.format(DAY) + " – " + to.format(DAY) + ")";
    return switch (kind) {
      case WEEKLY -> "Báo cáo tuần " + from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "/"
          + from.get(IsoFields.WEEK_BASED_YEAR) + " " + period;
      case MONTHLY -> "Báo cáo tháng " + from.format(MONTH);
      case ON_DEMAND -> "Báo cáo từ ngày " + from.format(DAY) + " đến ngày " + to.format(DAY);
    };
  }

  /** The file name without extension, e.g. bao-cao-thang-2027-03. */
  String fileName() {
    return switch (kind) {
      case WEEKLY -> "bao-cao-tuan-" + from.get(IsoFields.WEEK_BASED_YEAR) + "-W"
          + String.format("%02d", from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTHLY -> "bao-cao-thang-" + from.getYear() + "-" + String.format("%02d", from.getMonthValue());
      case ON_DEMAND -> "bao-cao-" + from + "-den-" + to;
    };
  }
}
