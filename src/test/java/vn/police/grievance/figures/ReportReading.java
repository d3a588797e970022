package vn.police.grievance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a report's files back and checks them against the dashboard of the same period. */
final class ReportReading {

  private ReportReading() {}

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** The value in column B of the summary row whose label (column A) starts with this text. */
  static double summary(XSSFWorkbook workbook, String label) {
    Sheet sheet = workbook.getSheet(ReportXlsx.SUMMARY);
    for (Row row : sheet) {
      if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith(label)) {
        return row.getCell(1).getNumericCellValue();
      }
    }
    throw new AssertionError("no summary row " + label);
  }

  /** The workbook says what the dashboard says, sheet by sheet. */
  static void checkWorkbook(byte[] xlsx, JsonNode dashboard) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(ReportXlsx.SUMMARY);
      assertThat(workbook.getSheet(ReportXlsx.TREND)).isNotNull();
      assertThat(summary(workbook, "Kiến nghị tiếp nhận")).isEqualTo(dashboard.at("/totals/received/count").asDouble());
      assertThat(summary(workbook, "Kiến nghị đã trả lời")).isEqualTo(dashboard.at("/totals/answered/count").asDouble());
      assertThat(summary(workbook, "Kiến nghị đã kết thúc")).isEqualTo(dashboard.at("/totals/closed/count").asDouble());
      assertThat(summary(workbook, "Bước xử lý trễ hạn")).isEqualTo(dashboard.at("/totals/late/count").asDouble());
      assertThat(summary(workbook, "Kiến nghị đang xử lý")).isEqualTo(dashboard.at("/open/total/count").asDouble());
      assertThat(summary(workbook, "Tỷ lệ mở lại")).isCloseTo(dashboard.at("/reopen/rate").asDouble() / 100, within());
      assertThat(summary(workbook, "Thời gian trả lời – trung vị"))
          .isEqualTo(dashboard.at("/timeToAnswer/overall/median").asDouble());
      assertThat(summary(workbook, "Thời gian trả lời – phân vị 90"))
          .isEqualTo(dashboard.at("/timeToAnswer/overall/p90").asDouble());
      Row rateRow = find(workbook.getSheet(ReportXlsx.SUMMARY), "Tỷ lệ mở lại");
      assertThat(rateRow.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

      // the trend: one row per week with its dates as dates, and a chart beside it
      XSSFSheet trend = workbook.getSheet(ReportXlsx.TREND);
      assertThat(trend.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tiếp nhận");
      JsonNode weeks = dashboard.at("/trend/weeks");
      for (int i = 0; i < weeks.size(); i++) {
        Row row = trend.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(weeks.get(i).get("label").asText());
        assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate().toString()).isEqualTo(weeks.get(i).get("from").asText());
        assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(weeks.get(i).at("/received/count").asDouble());
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(weeks.get(i).at("/late/count").asDouble());
      }
      assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(1);
      assertThat(trend.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(4);

      // on time per step, as rates
      Sheet onTime = workbook.getSheet(ReportXlsx.ON_TIME);
      JsonNode rates = dashboard.get("onTime");
      for (int i = 0; i < rates.size(); i++) {
        Row row = onTime.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(rates.get(i).get("stepLabel").asText());
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(rates.get(i).at("/done/count").asDouble());
        assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(rates.get(i).get("rate").asDouble() / 100, within());
      }
      // every overdue step of the dashboard is listed
      long overdue = 0;
      for (JsonNode s : dashboard.get("steps")) {
        overdue += s.at("/overdue/count").asLong();
      }
      assertThat(workbook.getSheet(ReportXlsx.OVERDUE).getLastRowNum()).isEqualTo((int) overdue);
      assertThat(workbook.getSheet(ReportXlsx.CONFERENCES).getLastRowNum()).isEqualTo(dashboard.get("conferences").size());
    }
  }

  private static Row find(Sheet sheet, String label) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith(label)) {
        return row;
      }
    }
    throw new AssertionError(label);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.0005);
  }
}
