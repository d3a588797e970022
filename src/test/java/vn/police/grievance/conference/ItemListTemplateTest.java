package vn.police.grievance.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.police.grievance.conference.ItemListImport.ImportResult;
import vn.police.grievance.conference.ItemListImport.ImportedRow;
import vn.police.grievance.conference.ItemListTemplate.UnitChoice;
import vn.police.grievance.item.Category;

/** The template the secretary downloads: drop-downs of what the import accepts, and it imports back. */
class ItemListTemplateTest {

  static final List<UnitChoice> UNITS = List.of(
      new UnitChoice("cax-long-hoa", "Công an xã Long Hòa"),
      new UnitChoice("cax-phuoc-lam", "Công an xã Phước Lâm"));

  final ItemListTemplate template = new ItemListTemplate();
  final ItemListImport importer = new ItemListImport(ItemListImportTest.DIRECTORY);

  static XSSFWorkbook open(byte[] xlsx) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  static DataValidation validationOfColumn(XSSFSheet sheet, int column) {
    return sheet.getDataValidations().stream()
        .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.getFirstColumn() == column))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no validation on column " + column));
  }

  /** The sheet's XML as saved, for what POI does not expose. */
  static String sheetXml(byte[] xlsx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no first sheet");
  }

  @Test
  void theXlsxTemplateOffersUnitsAndCategoriesAsDropDownsFromTheListsSheet() throws IOException {
    byte[] xlsx = template.xlsx(UNITS);
    // OOXML's showDropDown="1" hides the arrow, however the name reads
    assertThat(sheetXml(xlsx)).contains("type=\"list\"").doesNotContainPattern("showDropDown=\"(1|true)\"");
    try (XSSFWorkbook workbook = open(xlsx)) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Kiến nghị");
      Row header = sheet.getRow(0);
      assertThat(header.getLastCellNum()).isEqualTo((short) 5);
      assertThat(List.of(0, 1, 2, 3, 4)).map(i -> header.getCell(i).getStringCellValue())
          .containsExactly("Đơn vị", "Lĩnh vực", "Tiêu đề", "Nội dung", "Đề xuất");
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getDefaultColumnWidth() * 256 * 3);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Công an xã Long Hòa");
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(ItemListTemplate.EXAMPLE_TITLE);

      XSSFSheet lists = workbook.getSheet("Danh mục");
      assertThat(lists).isNotNull();
      DataFormatter text = new DataFormatter();
      assertThat(List.of(1, 2)).map(r -> text.formatCellValue(lists.getRow(r).getCell(0)))
          .containsExactly("Công an xã Long Hòa", "Công an xã Phước Lâm");
      assertThat(List.of(1, 2)).map(r -> text.formatCellValue(lists.getRow(r).getCell(1)))
          .containsExactly("cax-long-hoa", "cax-phuoc-lam");
      assertThat(Arrays.stream(Category.values()).map(c -> text.formatCellValue(lists.getRow(c.ordinal() + 1).getCell(3))))
          .containsExactly(Arrays.stream(Category.values()).map(Category::labelVi).toArray(String[]::new));

      DataValidation unit = validationOfColumn(sheet, 0);
      DataValidation category = validationOfColumn(sheet, 1);
      for (DataValidation dropDown : List.of(unit, category)) {
        assertThat(dropDown.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(dropDown.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        CellRangeAddress region = dropDown.getRegions().getCellRangeAddresses()[0];
        assertThat(region.getFirstRow()).isEqualTo(1);
        assertThat(region.getLastRow()).isEqualTo(ItemListImport.MAX_ROWS + 1);
      }
      assertThat(unit.getValidationConstraint().getFormula1()).isEqualTo("DanhSachDonVi");
      assertThat(category.getValidationConstraint().getFormula1()).isEqualTo("DanhSachLinhVuc");
      assertThat(workbook.getName("DanhSachDonVi").getRefersToFormula()).isEqualTo("'Danh mục'!$A$2:$A$3");
      assertThat(workbook.getName("DanhSachLinhVuc").getRefersToFormula()).isEqualTo("'Danh mục'!$D$2:$D$9");

      DataValidation title = validationOfColumn(sheet, 2);
      assertThat(title.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
      assertThat(title.getValidationConstraint().getFormula1()).isEqualTo("200");
    }
  }

  @Test
  void theXlsxTemplateFilledInImportsBackWithoutItsExample() throws IOException {
    byte[] filled;
    try (XSSFWorkbook workbook = open(template.xlsx(UNITS))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      Row first = sheet.createRow(2);
      first.createCell(0).setCellValue("Công an xã Phước Lâm");
      first.createCell(1).setCellValue("Tình hình an ninh trật tự");
      first.createCell(2).setCellValue("Tụ điểm tệ nạn");
      first.createCell(3).setCellValue("Xuất hiện tụ điểm đánh bạc\nở ấp 3");
      Row second = sheet.createRow(3);
      second.createCell(0).setCellValue("Công an xã Long Hòa");
      second.createCell(1).setCellValue("Chế độ báo cáo");
      second.createCell(2).setCellValue("Báo cáo trùng lặp");
      second.createCell(3).setCellValue("Nhiều mẫu báo cáo trùng nội dung");
      second.createCell(4).setCellValue("Gộp các mẫu báo cáo");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      filled = out.toByteArray();
    }

    ImportResult result = importer.read(filled, "hoi-nghi.xlsx");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).containsExactly(
        new ImportedRow(3, "cax-phuoc-lam", Category.PUBLIC_ORDER, "Tụ điểm tệ nạn", "Xuất hiện tụ điểm đánh bạc\nở ấp 3", null),
        new ImportedRow(4, "cax-long-hoa", Category.REPORTING, "Báo cáo trùng lặp", "Nhiều mẫu báo cáo trùng nội dung",
            "Gộp các mẫu báo cáo"));
  }

  @Test
  void anUntouchedTemplateHasNothingToImport() {
    for (byte[] untouched : List.of(template.xlsx(UNITS), template.csv())) {
      ImportResult result = importer.read(untouched, "mau.xlsx");
      assertThat(result.rows()).isEmpty();
      assertThat(result.errors()).singleElement().satisfies(e -> {
        assertThat(e.rowNumber()).isZero();
        assertThat(e.message()).isEqualTo("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
      });
    }
  }

  @Test
  void withoutUnitsTheXlsxTemplateStillOffersTheCategories() throws IOException {
    try (XSSFWorkbook workbook = open(template.xlsx(List.of()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ItemListTemplate.EXAMPLE_UNIT);
      assertThat(validationOfColumn(sheet, 1).getValidationConstraint().getFormula1()).isEqualTo("DanhSachLinhVuc");
      assertThat(sheet.getDataValidations()).noneMatch(v -> v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == 0);
      assertThat(workbook.getName("DanhSachDonVi")).isNull();
    }
  }

  @Test
  void theCsvTemplateIsUtf8WithByteOrderMarkAndSemicolonsAndImportsBack() {
    byte[] csv = template.csv();
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("Đơn vị;Lĩnh vực;Tiêu đề;Nội dung;Đề xuất\r\n");
    assertThat(text.split("\r\n")).hasSize(2);
    assertThat(text.split("\r\n")[1]).startsWith("Công an xã A;\"Trụ sở, cơ sở vật chất\";" + ItemListTemplate.EXAMPLE_TITLE + ";");

    String filled = text + "cax-long-hoa;Nghiệp vụ;Thiếu hướng dẫn;\"Chưa có hướng dẫn; đề nghị ban hành\";\r\n";
    ImportResult result = importer.read(filled.getBytes(StandardCharsets.UTF_8), "mau.csv");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).containsExactly(new ImportedRow(
        3, "cax-long-hoa", Category.PROFESSIONAL, "Thiếu hướng dẫn", "Chưa có hướng dẫn; đề nghị ban hành", null));
  }
}
