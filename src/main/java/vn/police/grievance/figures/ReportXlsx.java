package vn.police.grievance.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A report as a workbook: a summary sheet, the trend with a column chart, open items, on-time
 * rates, time to answer, overdue steps and listening conferences. Real sheets: a header row, numbers
 * as numbers, dates as dates, rates as percentages; text from units is written as text (POI never
 * evaluates it), so nothing in a title becomes a formula.
 */
@Component
class ReportXlsx {

  static final String SUMMARY = "Tổng hợp";
  static final String TREND = "Xu hướng";
  static final String OPEN = "Đang xử lý";
  static final String ON_TIME = "Đúng hạn";
  static final String ANSWER_TIME = "Thời gian trả lời";
  static final String OVERDUE = "Bước quá hạn";
  static final String CONFERENCES = "Hội nghị";

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(XSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
      text = wb.createCellStyle();
      number = wb.createCellStyle();
      number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
      percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      dateTime = wb.createCellStyle();
      dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }
  }

  byte[] write(Report report) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles s = new Styles(wb);
      Dashboard d = report.figures();
      summary(wb.createSheet(SUMMARY), s, report);
      trend(wb.createSheet(TREND), s, d);
      open(wb.createSheet(OPEN), s, d);
      onTime(wb.createSheet(ON_TIME), s, d);
      answerTime(wb.createSheet(ANSWER_TIME), s, d);
      overdue(wb.createSheet(OVERDUE), s, report);
      conferences(wb.createSheet(CONFERENCES), s, d);
      wb.getProperties().getCoreProperties().setTitle(report.title());
      wb.getProperties().getCoreProperties().setCreator(report.generatedBy());
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary(XSSFSheet sheet, Styles s, Report r) {
    Dashboard d = r.figures();
    text(sheet.createRow(0), 0, r.issuer().toUpperCase(java.util.Locale.ROOT), s.title);
    text(sheet.createRow(1), 0, r.title(), s.title);
    Row scope = sheet.createRow(2);
    text(scope, 0, "Phạm vi: " + d.scope(), s.text);
    Row generated = sheet.createRow(3);
    text(generated, 0, "Lập lúc", s.text);
    dateTime(generated, 1, r.generatedAt(), s.dateTime);
    text(generated, 2, "bởi " + r.generatedBy(), s.text);
    int row = 5;
    header(sheet.createRow(row++), s, "Chỉ tiêu", "Số lượng", "Ghi chú");
    row = figure(sheet, row, s, "Kiến nghị tiếp nhận trong kỳ", d.totals().received().count(), null);
    row = figure(sheet, row, s, "Kiến nghị đã trả lời trong kỳ (lần đầu)", d.totals().answered().count(), null);
    row = figure(sheet, row, s, "Kiến nghị đã kết thúc trong kỳ", d.totals().closed().count(), null);
    row = figure(sheet, row, s, "Bước xử lý trễ hạn (hạn trong kỳ)", d.totals().late().count(), null);
    row = figure(sheet, row, s, "Kiến nghị đang xử lý (tại thời điểm lập)", d.open().total().count(), null);
    row = figure(sheet, row, s, "Bước đang quá hạn (tại thời điểm lập)",
        d.steps().stream().mapToLong(l -> l.overdue().count()).sum(), null);
    row = figure(sheet, row, s, "Bước sắp đến hạn (tại thời điểm lập)",
        d.steps().stream().mapToLong(l -> l.dueSoon().count()).sum(), null);
    row = figure(sheet, row, s, "Kiến nghị trả lời trong kỳ bị mở lại", d.reopen().reopened().count(), null);
    Row rate = sheet.createRow(row++);
    text(rate, 0, "Tỷ lệ mở lại", s.text);
    percent(rate, 1, d.reopen().rate(), s.percent);
    Row median = sheet.createRow(row++);
    text(median, 0, "Thời gian trả lời – trung vị (ngày làm việc)", s.text);
    integer(median, 1, d.timeToAnswer().overall().median(), s.number);
    Row p90 = sheet.createRow(row++);
    text(p90, 0, "Thời gian trả lời – phân vị 90 (ngày làm việc)", s.text);
    integer(p90, 1, d.timeToAnswer().overall().p90(), s.number);
    widths(sheet, 52, 14, 30);
  }

  private static int figure(XSSFSheet sheet, int row, Styles s, String label, long value, String note) {
    Row r = sheet.createRow(row);
    text(r, 0, label, s.text);
    number(r, 1, value, s.number);
    if (note != null) {
      text(r, 2, note, s.text);
    }
    return row + 1;
  }

  private void trend(XSSFSheet sheet, Styles s, Dashboard d) {
    List<Dashboard.Bucket> buckets = d.trend().weeks().size() > 26 ? d.trend().months() : d.trend().weeks();
    header(sheet.createRow(0), s, "Kỳ", "Từ ngày", "Đến ngày", "Tiếp nhận", "Đã trả lời", "Đã kết thúc", "Bước trễ hạn");
    int row = 1;
    for (Dashboard.Bucket b : buckets) {
      row = bucket(sheet, row, s, b);
    }
    int lastWeek = row - 1;
    row++;
    header(sheet.createRow(row++), s, "Tháng", "Từ ngày", "Đến ngày", "Tiếp nhận", "Đã trả lời", "Đã kết thúc", "Bước trễ hạn");
    for (Dashboard.Bucket b : d.trend().months()) {
      row = bucket(sheet, row, s, b);
    }
    widths(sheet, 30, 12, 12, 12, 12, 12, 14);
    chart(sheet, 1, lastWeek);
    sheet.createFreezePane(0, 1);
  }

  private static int bucket(XSSFSheet sheet, int row, Styles s, Dashboard.Bucket b) {
    Row r = sheet.createRow(row);
    text(r, 0, b.label(), s.text);
    date(r, 1, b.from(), s.date);
    date(r, 2, b.to(), s.date);
    number(r, 3, b.received().count(), s.number);
    number(r, 4, b.answered().count(), s.number);
    number(r, 5, b.closed().count(), s.number);
    number(r, 6, b.late().count(), s.number);
    return row + 1;
  }

  /** Columns per period for the four series, beside the table. */
  private static void chart(XSSFSheet sheet, int first, int last) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 8, 1, 20, 24);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText("Tiếp nhận, trả lời, kết thúc và trễ hạn theo kỳ");
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis periods = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
    counts.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, periods, counts);
    data.setBarDirection(BarDirection.COL);
    String[] names = {"Tiếp nhận", "Đã trả lời", "Đã kết thúc", "Bước trễ hạn"};
    for (int i = 0; i < names.length; i++) {
      XDDFNumericalDataSource<Double> values =
          XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 3 + i, 3 + i));
      XDDFChartData.Series series = data.addSeries(labels, values);
      series.setTitle(names[i], null);
    }
    chart.plot(data);
  }

  private void open(XSSFSheet sheet, Styles s, Dashboard d) {
    int row = 0;
    row = counts(sheet, row, s, "Trạng thái", d.open().byStatus());
    row = counts(sheet, row + 1, s, "Lĩnh vực", d.open().byCategory());
    row = counts(sheet, row + 1, s, "Đơn vị", d.open().byUnit());
    counts(sheet, row + 1, s, "Phòng chức năng", d.open().byDepartment());
    widths(sheet, 52, 14);
  }

  private static int counts(XSSFSheet sheet, int row, Styles s, String title, List<Dashboard.Figure> figures) {
    header(sheet.createRow(row++), s, title, "Đang xử lý");
    for (Dashboard.Figure f : figures) {
      Row r = sheet.createRow(row++);
      text(r, 0, f.label(), s.text);
      number(r, 1, f.count(), s.number);
    }
    return row;
  }

  private void onTime(XSSFSheet sheet, Styles s, Dashboard d) {
    header(sheet.createRow(0), s, "Bước xử lý", "Đã xử lý trong kỳ", "Trễ hạn", "Tỷ lệ đúng hạn");
    int row = 1;
    for (Dashboard.OnTime t : d.onTime()) {
      Row r = sheet.createRow(row++);
      text(r, 0, t.stepLabel(), s.text);
      number(r, 1, t.done().count(), s.number);
      number(r, 2, t.late().count(), s.number);
      percent(r, 3, t.rate(), s.percent);
    }
    widths(sheet, 40, 16, 12, 16);
  }

  private void answerTime(XSSFSheet sheet, Styles s, Dashboard d) {
    header(sheet.createRow(0), s, "Nhóm", "", "Số kiến nghị", "Trung vị (ngày làm việc)", "Phân vị 90 (ngày làm việc)");
    int row = 1;
    row = times(sheet, row, s, "Tất cả", List.of(d.timeToAnswer().overall()));
    row = times(sheet, row, s, "Hướng xử lý", d.timeToAnswer().byRoute());
    row = times(sheet, row, s, "Lĩnh vực", d.timeToAnswer().byCategory());
    times(sheet, row, s, "Phòng chức năng", d.timeToAnswer().byDepartment());
    widths(sheet, 20, 44, 14, 22, 22);
  }

  private static int times(XSSFSheet sheet, int row, Styles s, String group, List<Dashboard.AnswerTime> times) {
    for (Dashboard.AnswerTime t : times) {
      Row r = sheet.createRow(row++);
      text(r, 0, group, s.text);
      text(r, 1, t.label(), s.text);
      number(r, 2, t.count(), s.number);
      integer(r, 3, t.median(), s.number);
      integer(r, 4, t.p90(), s.number);
    }
    return row;
  }

  private void overdue(XSSFSheet sheet, Styles s, Report report) {
    header(sheet.createRow(0), s, "Số tham chiếu", "Tiêu đề", "Đơn vị", "Lĩnh vực", "Bước xử lý", "Đơn vị chịu trách nhiệm",
        "Hạn");
    int row = 1;
    for (FiguresService.DrillRow step : report.overdueSteps()) {
      Row r = sheet.createRow(row++);
      text(r, 0, step.reference(), s.text);
      text(r, 1, step.title(), s.text);
      text(r, 2, step.unit(), s.text);
      text(r, 3, step.category(), s.text);
      text(r, 4, step.step(), s.text);
      text(r, 5, step.responsible(), s.text);
      dateTime(r, 6, step.dueAt(), s.dateTime);
    }
    if (report.overdueTotal() > report.overdueSteps().size()) {
      text(sheet.createRow(row), 0, "… và " + (report.overdueTotal() - report.overdueSteps().size())
          + " bước quá hạn khác (xem trên Cockpit)", s.text);
    }
    widths(sheet, 18, 44, 30, 26, 32, 30, 18);
    sheet.createFreezePane(0, 1);
  }

  private void conferences(XSSFSheet sheet, Styles s, Dashboard d) {
    header(sheet.createRow(0), s, "Hội nghị", "Ngày", "Ý kiến nêu", "Trả lời tại chỗ", "Giao phòng chức năng",
        "Còn đang xử lý", "Quá hạn");
    int row = 1;
    for (Dashboard.ConferenceFigures c : d.conferences()) {
      Row r = sheet.createRow(row++);
      text(r, 0, c.reference() + " – " + c.title(), s.text);
      dateTime(r, 1, c.startsAt(), s.dateTime);
      number(r, 2, c.items().count(), s.number);
      number(r, 3, c.answeredOnSpot().count(), s.number);
      number(r, 4, c.assigned().count(), s.number);
      number(r, 5, c.stillOpen().count(), s.number);
      number(r, 6, c.overdue().count(), s.number);
    }
    widths(sheet, 60, 18, 12, 14, 20, 14, 10);
  }

  // --- cells ----------------------------------------------------------------------------------

  private static void header(Row row, Styles s, String... titles) {
    for (int i = 0; i < titles.length; i++) {
      text(row, i, titles[i], s.header);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(style);
  }

  private static void number(Row row, int column, long value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void integer(Row row, int column, Integer value, CellStyle style) {
    if (value != null) {
      number(row, column, value, style);
    }
  }

  /** A rate in percent (75.0) as the fraction Excel formats as 75.0%. */
  private static void percent(Row row, int column, Double rate, CellStyle style) {
    if (rate != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(rate / 100.0);
      cell.setCellStyle(style);
    }
  }

  private static void date(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void dateTime(Row row, int column, OffsetDateTime value, CellStyle style) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value.toLocalDateTime());
      cell.setCellStyle(style);
    }
  }

  private static void widths(XSSFSheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }
}
