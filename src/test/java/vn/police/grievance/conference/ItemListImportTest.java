package vn.police.grievance.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.police.grievance.conference.ItemListImport.ImportResult;
import vn.police.grievance.conference.ItemListImport.ImportedRow;
import vn.police.grievance.conference.ItemListImport.RowError;
import vn.police.grievance.item.Category;

/** The list a conference's secretary imports: every row checked, problems shown where they are in the file. */
class ItemListImportTest {

  static final String[] HEADER = {"Đơn vị", "Lĩnh vực", "Tiêu đề", "Nội dung", "Đề xuất"};
  static final Map<String, String> UNITS = Map.of(
      "cax-long-hoa", "Công an xã Long Hòa",
      "cax-phuoc-lam", "Công an xã Phước Lâm");

  /** Backed as the organisation backs it: an id or the exact name, case ignored. */
  static final UnitDirectory DIRECTORY = idOrName -> UNITS.entrySet().stream()
      .filter(u -> u.getKey().equalsIgnoreCase(idOrName)
          || u.getValue().toLowerCase(Locale.ROOT).equals(idOrName.toLowerCase(Locale.ROOT)))
      .map(Map.Entry::getKey)
      .findFirst();

  final ItemListImport importer = new ItemListImport(DIRECTORY);

  static byte[] xlsx(Consumer<XSSFSheet> fill) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      fill.accept(workbook.createSheet("Kiến nghị"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows from the top of the sheet; a null row is left out of the file, a null cell too. */
  static byte[] xlsx(String[]... rows) {
    return xlsx(sheet -> {
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] != null) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < rows[r].length; c++) {
            if (rows[r][c] != null) {
              row.createCell(c).setCellValue(rows[r][c]);
            }
          }
        }
      }
    });
  }

  static String[] row(String... cells) {
    return cells;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static RowError theFileError(ImportResult result) {
    assertThat(result.ok()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.errors()).hasSize(1);
    RowError error = result.errors().get(0);
    assertThat(error.rowNumber()).isZero();
    return error;
  }

  @Test
  void anXlsxOfThreeGoodRowsImportsWithTheRowNumbersTheSpreadsheetShows() {
    ImportResult result = importer.read(xlsx(
        HEADER,
        row("cax-long-hoa", "FACILITIES", "Trụ sở xuống cấp", "Mái dột, tường nứt", "Sửa chữa trụ sở"),
        row("Công an xã Phước Lâm", "Phương tiện, trang thiết bị", "Thiếu xe tuần tra", "Chỉ có một xe máy", null),
        row("CÔNG AN XÃ LONG HÒA", "phu cap, che do chinh sach", "Phụ cấp", "Chưa chi phụ cấp quý I", "  ")),
        "hoi-nghi.xlsx");

    assertThat(result.errors()).isEmpty();
    assertThat(result.ok()).isTrue();
    assertThat(result.rows()).containsExactly(
        new ImportedRow(2, "cax-long-hoa", Category.FACILITIES, "Trụ sở xuống cấp", "Mái dột, tường nứt", "Sửa chữa trụ sở"),
        new ImportedRow(3, "cax-phuoc-lam", Category.EQUIPMENT, "Thiếu xe tuần tra", "Chỉ có một xe máy", null),
        new ImportedRow(4, "cax-long-hoa", Category.ALLOWANCES, "Phụ cấp", "Chưa chi phụ cấp quý I", null));
  }

  @Test
  void badRowsAreReportedByRowNumberAndColumnInVietnamese() {
    ImportResult result = importer.read(xlsx(
        HEADER,
        row("cax-long-hoa", "Nghiệp vụ", "Tiêu đề tốt", "Nội dung tốt", null),
        row("Công an xã Không Có", "Khác", "Tiêu đề", "Nội dung", null),
        row("cax-phuoc-lam", "Khác", null, "Nội dung", null),
        row("cax-phuoc-lam", "Khác", "Tiêu đề", "x".repeat(4001), null),
        row("cax-phuoc-lam", "Giao thông", "t".repeat(201), "Nội dung", "p".repeat(2001))),
        "hoi-nghi.xlsx");

    assertThat(result.ok()).isFalse();
    assertThat(result.rows()).extracting(ImportedRow::rowNumber).containsExactly(2);
    assertThat(result.errors()).hasSize(6);
    assertThat(result.errors().subList(0, 3)).containsExactly(
        new RowError(3, "Đơn vị", "Đơn vị không tồn tại: Công an xã Không Có"),
        new RowError(4, "Tiêu đề", "Chưa nhập tiêu đề."),
        new RowError(5, "Nội dung", "Nội dung dài 4001 ký tự, vượt quá 4000 ký tự cho phép."));
    // one row, three problems: each is shown
    RowError category = result.errors().get(3);
    assertThat(category.rowNumber()).isEqualTo(6);
    assertThat(category.column()).isEqualTo("Lĩnh vực");
    assertThat(category.message()).startsWith("Lĩnh vực không hợp lệ: Giao thông. Chọn một trong: ")
        .contains("Chế độ báo cáo; Trụ sở, cơ sở vật chất; ").endsWith("Khác.");
    assertThat(result.errors().subList(4, 6)).containsExactly(
        new RowError(6, "Tiêu đề", "Tiêu đề dài 201 ký tự, vượt quá 200 ký tự cho phép."),
        new RowError(6, "Đề xuất", "Đề xuất dài 2001 ký tự, vượt quá 2000 ký tự cho phép."));
  }

  @Test
  void aMissingUnitOrCategoryIsAProblemOfItsCell() {
    ImportResult result = importer.read(xlsx(HEADER, row(null, " ", "Tiêu đề", "Nội dung", null)), "a.xlsx");

    assertThat(result.errors()).containsExactly(
        new RowError(2, "Đơn vị", "Chưa nhập đơn vị."),
        new RowError(2, "Lĩnh vực", "Chưa nhập lĩnh vực."));
  }

  @Test
  void headersInAnotherOrderAndWithoutAccentsAreFound() {
    ImportResult result = importer.read(xlsx(
        row("STT", "Tieu de", "NOI DUNG", "de xuat", "Linh vuc", " Don vi "),
        row("1", "Thiếu biên chế", "Thiếu 3 cán bộ", "Bổ sung cán bộ", "bien che, to chuc can bo", "cax-phuoc-lam")),
        "hoi-nghi.xlsx");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).containsExactly(
        new ImportedRow(2, "cax-phuoc-lam", Category.STAFFING, "Thiếu biên chế", "Thiếu 3 cán bộ", "Bổ sung cán bộ"));
  }

  @Test
  void aMissingRequiredColumnIsAFileErrorNamingIt() {
    ImportResult result = importer.read(xlsx(
        row("Đơn vị", "Lĩnh vực", "Tiêu đề", "Đề xuất"),
        row("cax-long-hoa", "Khác", "Tiêu đề", "Đề xuất")), "a.xlsx");

    RowError error = theFileError(result);
    assertThat(error.column()).isEqualTo("Nội dung");
    assertThat(error.message()).isEqualTo("Thiếu cột «Nội dung» ở dòng tiêu đề (dòng 1).");

    ImportResult twoMissing = importer.read(utf8("Tiêu đề;Nội dung\r\nA;B\r\n"), "a.csv");
    assertThat(twoMissing.errors()).extracting(RowError::column).containsExactly("Đơn vị", "Lĩnh vực");
    assertThat(twoMissing.errors()).extracting(RowError::rowNumber).containsOnly(0);
  }

  @Test
  void theProposalColumnMayBeLeftOut() {
    ImportResult result = importer.read(xlsx(
        row("Đơn vị", "Lĩnh vực", "Tiêu đề", "Nội dung"),
        row("cax-long-hoa", "Khác", "Tiêu đề", "Nội dung")), "a.xlsx");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).singleElement().extracting(ImportedRow::proposal).isNull();
  }

  @Test
  void aColumnTwiceIsAFileError() {
    ImportResult result = importer.read(utf8("Đơn vị;Lĩnh vực;Tiêu đề;Nội dung;Tieu de\r\na;b;c;d;e\r\n"), "a.csv");

    assertThat(theFileError(result)).isEqualTo(
        new RowError(0, "Tiêu đề", "Cột «Tiêu đề» xuất hiện nhiều lần ở dòng tiêu đề."));
  }

  @Test
  void blankRowsAreSkippedAndTheRowNumbersAfterThemStillMatchTheSpreadsheet() {
    ImportResult fromXlsx = importer.read(xlsx(
        HEADER,
        row("cax-long-hoa", "Khác", "Một", "Nội dung", null),
        row("", " ", "\u00A0", null, "\t"),
        null,
        row("cax-long-hoa", "Khác", "Hai", "Nội dung", null)), "a.xlsx");
    ImportResult fromCsv = importer.read(
        utf8("Đơn vị;Lĩnh vực;Tiêu đề;Nội dung;Đề xuất\r\ncax-long-hoa;Khác;Một;Nội dung;\r\n;;;;\r\n\r\n"
            + "cax-long-hoa;Khác;Hai;Nội dung;\r\n\r\n"), "a.csv");

    for (ImportResult result : List.of(fromXlsx, fromCsv)) {
      assertThat(result.errors()).isEmpty();
      assertThat(result.rows()).extracting(ImportedRow::rowNumber).containsExactly(2, 5);
      assertThat(result.rows()).extracting(ImportedRow::title).containsExactly("Một", "Hai");
    }
  }

  @Test
  void aListWithOnlyItsHeaderIsAFileError() {
    assertThat(theFileError(importer.read(xlsx(HEADER), "a.xlsx")).message())
        .isEqualTo("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
    assertThat(theFileError(importer.read(xlsx(new String[0][]), "a.xlsx")).message())
        .startsWith("Tệp không có dòng tiêu đề");
    assertThat(theFileError(importer.read(new byte[0], "a.csv")).message()).isEqualTo("Tệp rỗng, không có dữ liệu.");
  }

  @Test
  void aCsvSeparatedBySemicolonsAsExcelInVietnameseWritesItImports() {
    ImportResult result = importer.read(utf8(
        "Đơn vị;Lĩnh vực;Tiêu đề;Nội dung;Đề xuất\r\n"
            + "cax-long-hoa;Trụ sở, cơ sở vật chất;Trụ sở dột;Mái dột, tường nứt;\"Sửa; nâng cấp\"\r\n"),
        "hoi-nghi.csv");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).containsExactly(
        new ImportedRow(2, "cax-long-hoa", Category.FACILITIES, "Trụ sở dột", "Mái dột, tường nứt", "Sửa; nâng cấp"));
  }

  @Test
  void aCsvSeparatedByCommasWithQuotedFieldsSpanningLinesImports() {
    ImportResult result = importer.read(utf8(
        "Đơn vị,Lĩnh vực,Tiêu đề,Nội dung,Đề xuất\n"
            + "cax-long-hoa,\"Trụ sở, cơ sở vật chất\",\"Mái \"\"dột\"\"\",\"Dòng 1\r\nDòng 2, có dấu phẩy\",\n"
            + "cax-phuoc-lam,OTHER,Tiêu đề,Nội dung,\"\"\n"
            + "cax-phuoc-lam,other,Tiêu đề \"không\" trích dẫn,Nội dung"),
        "hoi-nghi.csv");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).containsExactly(
        new ImportedRow(2, "cax-long-hoa", Category.FACILITIES, "Mái \"dột\"", "Dòng 1\nDòng 2, có dấu phẩy", null),
        // the quoted line break above is one spreadsheet row: Excel shows this one as row 3
        new ImportedRow(3, "cax-phuoc-lam", Category.OTHER, "Tiêu đề", "Nội dung", null),
        new ImportedRow(4, "cax-phuoc-lam", Category.OTHER, "Tiêu đề \"không\" trích dẫn", "Nội dung", null));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstHeader() {
    byte[] text = utf8("Đơn vị;Lĩnh vực;Tiêu đề;Nội dung\r\ncax-long-hoa;Khác;Tiêu đề;Nội dung\r\n");
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    for (byte[] content : List.of(withBom, text)) {
      ImportResult result = importer.read(content, "a.csv");
      assertThat(result.errors()).isEmpty();
      assertThat(result.rows()).extracting(ImportedRow::unitId).containsExactly("cax-long-hoa");
    }
  }

  @Test
  void excelsSeparatorLineIsHonouredAndNotCountedAsARow() {
    ImportResult result = importer.read(utf8("sep=;\r\nĐơn vị;Lĩnh vực;Tiêu đề;Nội dung\r\ncax-long-hoa;Khác;A, B;C\r\n"), "a.csv");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).singleElement().satisfies(r -> {
      assertThat(r.rowNumber()).isEqualTo(2);
      assertThat(r.title()).isEqualTo("A, B");
    });
  }

  @Test
  void anUnclosedQuoteIsAFileErrorRatherThanOneRowSwallowingTheRest() {
    ImportResult result = importer.read(utf8(
        "Đơn vị;Lĩnh vực;Tiêu đề;Nội dung\r\ncax-long-hoa;Khác;A;B\r\ncax-long-hoa;Khác;\"Mở ngoặc;B\r\ncax-long-hoa;Khác;C;D\r\n"),
        "a.csv");

    assertThat(theFileError(result).message()).startsWith("Dấu ngoặc kép mở ở dòng 3 không được đóng");
  }

  @Test
  void aPdfRenamedToXlsxOrCsvIsRefused() {
    byte[] pdf = utf8("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    byte[] binaryPdf = Arrays.copyOf(pdf, pdf.length + 4);
    binaryPdf[pdf.length] = (byte) 0xE2;
    binaryPdf[pdf.length + 1] = (byte) 0xE3;
    binaryPdf[pdf.length + 2] = (byte) 0xCF;
    binaryPdf[pdf.length + 3] = (byte) 0xD3;

    for (byte[] content : List.of(pdf, binaryPdf)) {
      for (String name : List.of("danh-sach.xlsx", "danh-sach.csv")) {
        assertThat(theFileError(importer.read(content, name)).message()).startsWith("Tệp không phải XLSX hoặc CSV (UTF-8)");
      }
    }
  }

  @Test
  void binaryGarbageAndImagesAreRefused() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    byte[] nul = utf8("Đơn vị;Lĩnh vực;Tiêu đề;Nội dung\r\na\0b;c;d;e\r\n");
    byte[] html = utf8("<html><body><table><tr><td>Đơn vị</td></tr></table></body></html>");

    for (byte[] content : List.of(garbage, png, nul, html)) {
      assertThat(theFileError(importer.read(content, "danh-sach.csv")).message())
          .startsWith("Tệp không phải XLSX hoặc CSV (UTF-8)");
    }
  }

  @Test
  void textThatIsNotUtf8IsRefusedWithAHintToSaveItAsCsvUtf8() {
    // "Tiêu đề" as Windows-1252/Latin-1 writes it: ê is the single byte 0xEA
    byte[] legacy = "Đơn vị;Lĩnh vực;Ti\u00eau;Nội dung\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] content = Arrays.copyOf(legacy, legacy.length + 3);
    content[legacy.length] = 'x';
    content[legacy.length + 1] = (byte) 0xEA;
    content[legacy.length + 2] = 'y';
    byte[] utf16 = "Đơn vị\tLĩnh vực".getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16WithBom = new byte[utf16.length + 2];
    utf16WithBom[0] = (byte) 0xFF;
    utf16WithBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, utf16WithBom, 2, utf16.length);

    assertThat(theFileError(importer.read(content, "a.csv")).message())
        .startsWith("Tệp không phải XLSX hoặc CSV (UTF-8): nội dung không phải văn bản UTF-8")
        .contains("CSV UTF-8");
    assertThat(theFileError(importer.read(utf16WithBom, "a.csv")).message()).contains("UTF-16").contains("CSV UTF-8");
  }

  @Test
  void anOldXlsOrAnotherZipIsRefused() {
    byte[] xls = new byte[512];
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(ole2, 0, xls, 0, ole2.length);
    byte[] zip = zip("word/document.xml", utf8("<w:document/>"));

    assertThat(theFileError(importer.read(xls, "danh-sach.xls")).message())
        .startsWith("Tệp không phải XLSX hoặc CSV (UTF-8)").contains(".xls");
    assertThat(theFileError(importer.read(zip, "danh-sach.xlsx")).message())
        .startsWith("Tệp không phải XLSX hoặc CSV (UTF-8)");
  }

  @Test
  void aSmallZipThatUnzipsToTensOfMegabytesIsRefusedBeforePoiReadsIt() {
    byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[30 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(ItemListImport.MAX_BYTES);

    assertThat(theFileError(importer.read(bomb, "a.xlsx")).message()).startsWith("Tệp Excel khi giải nén lớn bất thường");
  }

  @Test
  void aFileOverTwoMegabytesIsRefusedNamingTheLimit() {
    byte[] big = new byte[ItemListImport.MAX_BYTES + 1];
    Arrays.fill(big, (byte) 'a');

    assertThat(theFileError(importer.read(big, "a.csv")).message()).contains("2 MB");
  }

  @Test
  void fiveHundredRowsImportAndFiveHundredAndOneAreAFileErrorNamingTheLimit() {
    StringBuilder csv = new StringBuilder("Đơn vị;Lĩnh vực;Tiêu đề;Nội dung\r\n");
    for (int i = 1; i <= 500; i++) {
      csv.append("cax-long-hoa;Khác;Kiến nghị ").append(i).append(";Nội dung\r\n");
    }
    ImportResult fiveHundred = importer.read(utf8(csv.toString()), "a.csv");
    assertThat(fiveHundred.errors()).isEmpty();
    assertThat(fiveHundred.rows()).hasSize(500);

    String[][] rows = new String[502][];
    rows[0] = HEADER;
    for (int i = 1; i <= 501; i++) {
      rows[i] = row("cax-long-hoa", "Khác", "Kiến nghị " + i, "Nội dung", null);
    }
    assertThat(theFileError(importer.read(xlsx(rows), "a.xlsx")).message())
        .isEqualTo("Tệp có hơn 500 dòng dữ liệu; mỗi lần nhập tối đa 500 dòng, hãy chia thành nhiều tệp.");
    assertThat(theFileError(importer.read(utf8(csv + "cax-long-hoa;Khác;Thêm;Nội dung\r\n"), "a.csv")).message())
        .contains("500");
  }

  @Test
  void formulasAreReadAsExcelSavedThemAndNeverEvaluated() {
    byte[] content = xlsx(sheet -> {
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        header.createCell(i).setCellValue(HEADER[i]);
      }
      Row row = sheet.createRow(1);
      Cell unit = row.createCell(0);
      unit.setCellFormula("CONCATENATE(\"cax-\",\"khong-co\")");
      unit.setCellValue("cax-long-hoa"); // the result Excel saved, not what the formula gives
      row.createCell(1).setCellValue("Khác");
      row.createCell(2).setCellValue("Tiêu đề");
      Cell content2 = row.createCell(3);
      content2.setCellFormula("1+1");
      content2.setCellValue(3);

      Row unsaved = sheet.createRow(2);
      unsaved.createCell(0).setCellFormula("\"cax-long-hoa\"");
      unsaved.createCell(1).setCellValue("Khác");
      unsaved.createCell(2).setCellValue("Tiêu đề");
      unsaved.createCell(3).setCellValue("Nội dung");
    });

    ImportResult result = importer.read(content, "a.xlsx");

    assertThat(result.rows()).containsExactly(new ImportedRow(2, "cax-long-hoa", Category.OTHER, "Tiêu đề", "3", null));
    // a formula saved without its result is empty, not 0
    assertThat(result.errors()).containsExactly(new RowError(3, "Đơn vị", "Chưa nhập đơn vị."));
  }

  @Test
  void textIsTrimmedCleanedOfControlCharactersAndComposed() {
    String decomposedName = Normalizer.normalize("Công an xã Long Hòa", Normalizer.Form.NFD);
    assertThat(decomposedName).isNotEqualTo("Công an xã Long Hòa");
    // POI writes no control characters into XLSX (Excel writes them as _x0007_); a CSV carries them as they are
    ImportResult fromXlsx = importer.read(xlsx(HEADER, row(
        decomposedName, " Tru so, co so vat chat ", "\u200B Trụ sở xuống\ncấp\t", "Dòng 1\r\nDòng 2", "\u00A0")), "a.xlsx");
    ImportResult fromCsv = importer.read(utf8(
        "Đơn vị;Lĩnh vực;Tiêu đề;Nội dung;Đề xuất\r\n" + decomposedName
            + "; Tru so, co so vat chat ;\"\u200B Trụ sở\u0007 xuống\ncấp\t\";\"Dòng 1\r\nDòng 2\u001B\u0085\";\u00A0\r\n"), "a.csv");

    for (ImportResult result : List.of(fromXlsx, fromCsv)) {
      assertThat(result.errors()).isEmpty();
      assertThat(result.rows()).containsExactly(
          new ImportedRow(2, "cax-long-hoa", Category.FACILITIES, "Trụ sở xuống cấp", "Dòng 1\nDòng 2", null));
    }
  }

  @Test
  void theFileNameDoesNotDecideTheFormat() {
    byte[] csv = utf8("Đơn vị;Lĩnh vực;Tiêu đề;Nội dung\r\ncax-long-hoa;Khác;A;B\r\n");
    byte[] xlsx = xlsx(HEADER, row("cax-long-hoa", "Khác", "A", "B", null));

    assertThat(importer.read(csv, "danh-sach.xlsx").rows()).hasSize(1);
    assertThat(importer.read(xlsx, "danh-sach.csv").rows()).hasSize(1);
    assertThat(importer.read(xlsx, null).rows()).hasSize(1);
  }

  @Test
  void eachDistinctUnitIsLookedUpOnce() {
    int[] lookups = {0};
    ItemListImport counting = new ItemListImport(name -> {
      lookups[0]++;
      return DIRECTORY.resolve(name);
    });
    StringBuilder csv = new StringBuilder("Đơn vị;Lĩnh vực;Tiêu đề;Nội dung\r\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i % 2 == 0 ? "cax-long-hoa" : "Không có").append(";Khác;A;B\r\n");
    }

    ImportResult result = counting.read(utf8(csv.toString()), "a.csv");

    assertThat(result.rows()).hasSize(25);
    assertThat(result.errors()).hasSize(25);
    assertThat(lookups[0]).isEqualTo(2);
  }

  static byte[] zip(String entry, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
