package vn.police.grievance.conference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.police.grievance.conference.ItemListImport.Column;
import vn.police.grievance.item.Category;

/**
 * The blank list the secretary downloads, fills in and imports with {@link ItemListImport}. The
 * XLSX offers the units and categories as drop-downs so that a list rarely comes back with a name
 * the import cannot find; the CSV is for those who work without Excel.
 */
final class ItemListTemplate {

  static final String DATA_SHEET = "Kiến nghị";
  /** The sheet of choices; the import skips it when it looks for the list. */
  static final String LISTS_SHEET = "Danh mục";
  static final String UNIT_NAMES = "DanhSachDonVi";
  static final String CATEGORY_LABELS = "DanhSachLinhVuc";

  /**
   * The example row. The import skips a row with this title and content, so a template returned
   * with the example still in place does not raise an item nobody raised.
   */
  static final String EXAMPLE_UNIT = "Công an xã A";
  static final Category EXAMPLE_CATEGORY = Category.FACILITIES;
  static final String EXAMPLE_TITLE = "Ví dụ: Trụ sở làm việc xuống cấp";
  static final String EXAMPLE_CONTENT =
      "Trụ sở Công an xã được xây dựng từ năm 1998; mái tôn bị dột, tường nứt, mùa mưa không bảo quản được hồ sơ, tài liệu.";
  static final String EXAMPLE_PROPOSAL = "Đề nghị Công an tỉnh bố trí kinh phí sửa chữa, nâng cấp trụ sở.";

  /** What Excel in the Vietnamese locale splits a CSV on. */
  static final char CSV_SEPARATOR = ';';

  private static final int[] WIDTHS = {32, 30, 40, 70, 50};

  /** A unit the drop-down offers: its name is what the secretary picks, its id what the import may also read. */
  record UnitChoice(String id, String nameVi) {}

  byte[] xlsx(List<UnitChoice> units) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet(DATA_SHEET);
      Sheet lists = workbook.createSheet(LISTS_SHEET);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      // Text, so that Excel does not read a title like "1/2" as a date
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      text.setWrapText(true);

      Column[] columns = Column.values();
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.length; i++) {
        header.createCell(i).setCellValue(columns[i].header);
        header.getCell(i).setCellStyle(bold);
        sheet.setColumnWidth(i, WIDTHS[i] * 256);
        sheet.setDefaultColumnStyle(i, text);
      }
      sheet.createFreezePane(0, 1);
      List<String> example = example(units.isEmpty() ? EXAMPLE_UNIT : units.get(0).nameVi());
      Row exampleRow = sheet.createRow(1);
      for (int i = 0; i < example.size(); i++) {
        exampleRow.createCell(i).setCellValue(example.get(i));
        exampleRow.getCell(i).setCellStyle(text);
      }

      Row listsHeader = lists.createRow(0);
      String[] listHeaders = {"Tên đơn vị", "Mã đơn vị", "", "Lĩnh vực", "Mã lĩnh vực"};
      for (int i = 0; i < listHeaders.length; i++) {
        listsHeader.createCell(i).setCellValue(listHeaders[i]);
        listsHeader.getCell(i).setCellStyle(bold);
      }
      Category[] categories = Category.values();
      for (int i = 0; i < Math.max(units.size(), categories.length); i++) {
        Row row = lists.createRow(i + 1);
        if (i < units.size()) {
          row.createCell(0).setCellValue(units.get(i).nameVi());
          row.createCell(1).setCellValue(units.get(i).id());
        }
        if (i < categories.length) {
          row.createCell(3).setCellValue(categories[i].labelVi());
          row.createCell(4).setCellValue(categories[i].name());
        }
      }
      lists.setColumnWidth(0, 40 * 256);
      lists.setColumnWidth(1, 24 * 256);
      lists.setColumnWidth(3, 32 * 256);
      lists.setColumnWidth(4, 16 * 256);

      if (!units.isEmpty()) {
        name(workbook, UNIT_NAMES, "$A$2:$A$" + (units.size() + 1));
        choose(sheet, Column.UNIT, UNIT_NAMES, "Chọn đơn vị trong danh sách (trang «" + LISTS_SHEET + "»).");
      }
      name(workbook, CATEGORY_LABELS, "$D$2:$D$" + (categories.length + 1));
      choose(sheet, Column.CATEGORY, CATEGORY_LABELS, "Chọn lĩnh vực trong danh sách.");
      limit(sheet, Column.TITLE, ItemListImport.TITLE_MAX);
      limit(sheet, Column.CONTENT, ItemListImport.CONTENT_MAX);
      limit(sheet, Column.PROPOSAL, ItemListImport.PROPOSAL_MAX);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 with a byte order mark, without which Excel reads the Vietnamese as Windows-1258. */
  byte[] csv() {
    String header = Arrays.stream(Column.values()).map(c -> csvField(c.header)).collect(Collectors.joining(";"));
    String example = example(EXAMPLE_UNIT).stream().map(ItemListTemplate::csvField).collect(Collectors.joining(";"));
    byte[] text = (header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[text.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(text, 0, out, 3, text.length);
    return out;
  }

  private static List<String> example(String unit) {
    return List.of(unit, EXAMPLE_CATEGORY.labelVi(), EXAMPLE_TITLE, EXAMPLE_CONTENT, EXAMPLE_PROPOSAL);
  }

  /** Quoted when it holds either separator, so that a file opened with the other one keeps the cell whole. */
  private static String csvField(String value) {
    if (Stream.of(";", ",", "\"", "\n", "\r").anyMatch(value::contains)) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  private static void name(XSSFWorkbook workbook, String name, String range) {
    XSSFName defined = workbook.createName();
    defined.setNameName(name);
    defined.setRefersToFormula("'" + LISTS_SHEET + "'!" + range);
  }

  /** The rows the list may fill: the example's and the import's limit. */
  private static CellRangeAddressList rows(Column column) {
    return new CellRangeAddressList(1, ItemListImport.MAX_ROWS + 1, column.ordinal(), column.ordinal());
  }

  private static void choose(XSSFSheet sheet, Column column, String listName, String prompt) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listName), rows(column));
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.setShowErrorBox(true);
    validation.createErrorBox(column.header, "Giá trị không có trong danh sách. " + prompt);
    validation.setShowPromptBox(true);
    validation.createPromptBox(column.header, prompt);
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }

  private static void limit(XSSFSheet sheet, Column column, int max) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint length =
        helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(max), null);
    DataValidation validation = helper.createValidation(length, rows(column));
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.setShowErrorBox(true);
    validation.createErrorBox(column.header, column.header + " tối đa " + max + " ký tự.");
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }
}
