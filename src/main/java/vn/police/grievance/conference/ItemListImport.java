package vn.police.grievance.conference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Row.MissingCellPolicy;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.police.grievance.item.Category;
import vn.police.grievance.system.Text;

/**
 * Reads the list of items a listening conference raised, as the secretary prepared it from {@link
 * ItemListTemplate}, and checks every row. It only reads: the caller saves the rows when {@link
 * ImportResult#ok()} and nothing otherwise, so that a list is never half-imported.
 *
 * <p>The format is read from the bytes, never from the file's name, since a renamed PDF or an old
 * .xls would otherwise reach the wrong parser. Excel files are read with POI's zip-bomb limits as
 * they are by default, and their formulas are never evaluated: the value Excel saved is the value
 * the secretary saw.
 */
final class ItemListImport {

  static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int MAX_ROWS = 500;
  static final int TITLE_MAX = 200;
  static final int CONTENT_MAX = 4000;
  static final int PROPOSAL_MAX = 2000;
  /**
   * What an XLSX may hold once unzipped. POI's own ratio check still lets 2 MB grow a hundredfold,
   * and a workbook is read whole into memory; 500 rows at their longest need less than this.
   */
  static final long MAX_UNZIPPED_BYTES = 20L * 1024 * 1024;
  static final int MAX_ZIP_ENTRIES = 1000;

  static final String NOT_A_LIST = "Tệp không phải XLSX hoặc CSV (UTF-8)";

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** Files that are valid UTF-8 often enough to pass for text: PDF, RTF, HTML and XML. */
  private static final List<String> TEXT_LIKE_FORMATS = List.of("%PDF-", "{\\rtf", "<");
  private static final int SHOWN_MAX = 80;

  /** The template's columns, found by their header whatever its order, case or accents. */
  enum Column {
    UNIT("Đơn vị", true, false),
    CATEGORY("Lĩnh vực", true, false),
    TITLE("Tiêu đề", true, false),
    CONTENT("Nội dung", true, true),
    PROPOSAL("Đề xuất", false, true);

    final String header;
    final boolean required;
    final boolean multiLine;

    Column(String header, boolean required, boolean multiLine) {
      this.header = header;
      this.required = required;
      this.multiLine = multiLine;
    }
  }

  /** What the caller saves, all of it or none, and what the secretary must correct. */
  record ImportResult(List<ImportedRow> rows, List<RowError> errors) {
    ImportResult {
      rows = List.copyOf(rows);
      errors = List.copyOf(errors);
    }

    boolean ok() {
      return errors.isEmpty();
    }
  }

  /** One checked row; {@code proposal} is null when the unit proposed nothing. */
  record ImportedRow(int rowNumber, String unitId, Category category, String title, String content, String proposal) {}

  /**
   * A problem as the secretary finds it in the file: row numbers as the spreadsheet shows them
   * (header 1, first data row 2; 0 for the whole file), the column by its template header.
   */
  record RowError(int rowNumber, String column, String message) {}

  private final UnitDirectory units;

  ItemListImport(UnitDirectory units) {
    this.units = units;
  }

  /**
   * The rows of the file, or what is wrong with it. The file's name is not used: the format is
   * decided from the content.
   */
  ImportResult read(byte[] content, String fileName) {
    if (content == null || content.length == 0) {
      return fileError("Tệp rỗng, không có dữ liệu.");
    }
    if (content.length > MAX_BYTES) {
      return fileError("Tệp lớn hơn giới hạn 2 MB; hãy chia danh sách thành nhiều tệp.");
    }
    try {
      return startsWith(content, ZIP) ? readXlsx(content) : readCsv(content);
    } catch (FileProblem e) {
      return fileError(e.getMessage());
    }
  }

  // ---- XLSX

  private ImportResult readXlsx(byte[] content) {
    checkUnzippedSize(content);
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      // not a workbook (a DOCX, an ODS, a plain zip), damaged, or refused by POI's zip-bomb checks
      throw new FileProblem(NOT_A_LIST + ": không đọc được tệp như một bảng tính Excel (.xlsx).");
    }
    try {
      Sheet sheet = listSheet(workbook);
      DataFormatter numbers = new DataFormatter(Locale.forLanguageTag("vi-VN"));
      var rows = sheet.rowIterator();
      return check(() -> {
        if (!rows.hasNext()) {
          return null;
        }
        Row row = rows.next();
        return new Line(row.getRowNum() + 1, Math.max(row.getLastCellNum(), 0),
            i -> cellText(row.getCell(i, MissingCellPolicy.RETURN_BLANK_AS_NULL), numbers));
      });
    } finally {
      // read from memory: closing writes nothing back, and cannot change the result
      IOUtils.closeQuietly(workbook);
    }
  }

  /** The first visible sheet other than the template's lists, which a secretary may move first. */
  private static Sheet listSheet(XSSFWorkbook workbook) {
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)
          && !ItemListTemplate.LISTS_SHEET.equals(workbook.getSheetName(i))) {
        return workbook.getSheetAt(i);
      }
    }
    if (workbook.getNumberOfSheets() == 0) {
      throw new FileProblem("Tệp Excel không có trang tính nào.");
    }
    return workbook.getSheetAt(0);
  }

  /** Sums what the entries unzip to before POI reads them all into memory. */
  private static void checkUnzippedSize(byte[] content) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[16 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
      while (zip.getNextEntry() != null) {
        if (++entries > MAX_ZIP_ENTRIES) {
          throw tooBigUnzipped();
        }
        for (int n; (n = zip.read(buffer)) > 0; ) {
          total += n;
          if (total > MAX_UNZIPPED_BYTES) {
            throw tooBigUnzipped();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new FileProblem(NOT_A_LIST + ": tệp nén bị hỏng, không đọc được.");
    }
  }

  private static FileProblem tooBigUnzipped() {
    return new FileProblem("Tệp Excel khi giải nén lớn bất thường (quá " + MAX_UNZIPPED_BYTES / (1024 * 1024)
        + " MB); hãy lưu lại tệp từ mẫu hoặc chia thành nhiều tệp.");
  }

  /** What the cell shows; for a formula, the result Excel saved with the file (never evaluated here). */
  private static String cellText(Cell cell, DataFormatter numbers) {
    if (cell == null) {
      return null;
    }
    boolean formula = cell.getCellType() == CellType.FORMULA;
    if (formula && cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
      return null; // saved by a program that left the result out; reading it as 0 would invent a value
    }
    CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
    try {
      return switch (type) {
        case STRING -> cell.getRichStringCellValue().getString();
        case NUMERIC -> numbers.formatRawCellContents(
            cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
        case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
        case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
        default -> null;
      };
    } catch (RuntimeException unreadable) {
      // a cached value that does not match its declared type; the row's checks report the gap
      return null;
    }
  }

  // ---- CSV

  private ImportResult readCsv(byte[] content) {
    if (startsWith(content, OLE2)) {
      throw new FileProblem(NOT_A_LIST + ": đây là tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu;"
          + " hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx.");
    }
    if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
      throw new FileProblem(NOT_A_LIST + ": tệp được lưu dạng Unicode Text (UTF-16);"
          + " hãy lưu lại bằng «CSV UTF-8 (Comma delimited)».");
    }
    int offset = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
    String text;
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      throw new FileProblem(NOT_A_LIST + ": nội dung không phải văn bản UTF-8. Nếu là CSV,"
          + " hãy lưu lại bằng «CSV UTF-8 (Comma delimited)».");
    }
    String start = text.stripLeading();
    if (text.indexOf('\0') >= 0 || TEXT_LIKE_FORMATS.stream().anyMatch(start::startsWith)) {
      throw new FileProblem(NOT_A_LIST + ". Hãy dùng mẫu tải về từ trang này.");
    }
    if (text.isBlank()) {
      throw new FileProblem("Tệp rỗng, không có dữ liệu.");
    }
    CsvLines lines = new CsvLines(text);
    return check(lines::next);
  }

  /**
   * RFC 4180 records: fields quoted when they hold the separator, a quote (doubled) or a line
   * break. A record is one spreadsheet row, however many lines its quoted fields span, so that row
   * numbers match what Excel shows.
   */
  private static final class CsvLines {
    private final String text;
    private final char separator;
    private int position;
    private int number;

    CsvLines(String text) {
      this.text = text;
      // Excel writes and honours a first line "sep=;", which it does not show as a row
      if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4 && (text.charAt(4) == ';' || text.charAt(4) == ',')
          && lineEnd(5) == 5) {
        this.separator = text.charAt(4);
        this.position = skipLineBreak(5);
      } else {
        this.separator = detectSeparator();
      }
    }

    /** The header's separator: whichever of ';' and ',' it holds more of, outside quotes. */
    private char detectSeparator() {
      int p = position;
      while (p < text.length()) {
        int end = lineEnd(p);
        if (!text.substring(p, end).isBlank()) {
          int semicolons = 0;
          int commas = 0;
          boolean quoted = false;
          for (int i = p; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
              quoted = !quoted;
            } else if (!quoted && c == ';') {
              semicolons++;
            } else if (!quoted && c == ',') {
              commas++;
            }
          }
          return semicolons > commas ? ';' : ',';
        }
        p = skipLineBreak(end);
      }
      return ',';
    }

    private int lineEnd(int from) {
      int i = from;
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      return i;
    }

    private int skipLineBreak(int at) {
      if (at < text.length() && text.charAt(at) == '\r') {
        at++;
      }
      if (at < text.length() && text.charAt(at) == '\n') {
        at++;
      }
      return at;
    }

    Line next() {
      if (position >= text.length()) {
        return null;
      }
      int row = ++number;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean inQuotes = false;
      boolean wasQuoted = false;
      while (position < text.length()) {
        char c = text.charAt(position++);
        if (inQuotes) {
          if (c != '"') {
            field.append(c);
          } else if (position < text.length() && text.charAt(position) == '"') {
            field.append('"');
            position++;
          } else {
            inQuotes = false;
          }
        } else if (c == '"' && field.length() == 0 && !wasQuoted) {
          inQuotes = true;
          wasQuoted = true;
        } else if (c == separator) {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '\r' || c == '\n') {
          position = skipLineBreak(position - 1);
          break;
        } else {
          // a quote inside an unquoted field, or after a closing one, is kept as Excel keeps it
          field.append(c);
        }
      }
      if (inQuotes) {
        throw new FileProblem("Dấu ngoặc kép mở ở dòng " + row + " không được đóng; kiểm tra lại nội dung từ dòng này.");
      }
      fields.add(field.toString());
      return new Line(row, fields.size(), i -> i < fields.size() ? fields.get(i) : null);
    }
  }

  // ---- the checks, whatever the format

  /** One row as the file holds it: {@code cell} gives the raw text of a column, null when empty. */
  private record Line(int number, int width, IntFunction<String> cell) {}

  @FunctionalInterface
  private interface Lines {
    Line next();
  }

  private ImportResult check(Lines lines) {
    Line header = lines.next();
    while (header != null && blank(header, allColumns(header.width()))) {
      header = lines.next();
    }
    if (header == null) {
      return fileError("Tệp không có dòng tiêu đề; hãy dùng mẫu tải về từ trang này.");
    }
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    List<RowError> errors = new ArrayList<>();
    for (int i = 0; i < header.width(); i++) {
      Column column = column(header.cell().apply(i));
      if (column != null && positions.putIfAbsent(column, i) != null
          && errors.stream().noneMatch(e -> column.header.equals(e.column()))) {
        errors.add(new RowError(0, column.header, "Cột «" + column.header + "» xuất hiện nhiều lần ở dòng tiêu đề."));
      }
    }
    for (Column column : Column.values()) {
      if (column.required && !positions.containsKey(column)) {
        errors.add(new RowError(0, column.header, "Thiếu cột «" + column.header + "» ở dòng tiêu đề (dòng "
            + header.number() + ")."));
      }
    }
    if (!errors.isEmpty()) {
      return new ImportResult(List.of(), errors);
    }
    int[] read = positions.values().stream().mapToInt(Integer::intValue).toArray();
    Map<String, Optional<String>> resolved = new HashMap<>();
    List<ImportedRow> rows = new ArrayList<>();
    int count = 0;
    for (Line line = lines.next(); line != null; line = lines.next()) {
      if (blank(line, read)) {
        continue;
      }
      Map<Column, String> values = new EnumMap<>(Column.class);
      for (Map.Entry<Column, Integer> at : positions.entrySet()) {
        String value = clean(line.cell().apply(at.getValue()), at.getKey().multiLine);
        if (value != null) {
          values.put(at.getKey(), value);
        }
      }
      if (ItemListTemplate.EXAMPLE_TITLE.equals(values.get(Column.TITLE))
          && ItemListTemplate.EXAMPLE_CONTENT.equals(values.get(Column.CONTENT))) {
        continue; // the template's example, left in place: not something a unit raised
      }
      if (++count > MAX_ROWS) {
        return fileError("Tệp có hơn " + MAX_ROWS + " dòng dữ liệu; mỗi lần nhập tối đa " + MAX_ROWS
            + " dòng, hãy chia thành nhiều tệp.");
      }
      checkRow(line.number(), values, resolved, rows, errors);
    }
    if (count == 0) {
      return fileError("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
    }
    return new ImportResult(rows, errors);
  }

  private void checkRow(int number, Map<Column, String> values, Map<String, Optional<String>> resolved,
      List<ImportedRow> rows, List<RowError> errors) {
    int before = errors.size();
    String unitText = values.get(Column.UNIT);
    String unitId = null;
    if (unitText == null) {
      errors.add(new RowError(number, Column.UNIT.header, "Chưa nhập đơn vị."));
    } else {
      unitId = resolved.computeIfAbsent(unitText, units::resolve).orElse(null);
      if (unitId == null) {
        errors.add(new RowError(number, Column.UNIT.header, "Đơn vị không tồn tại: " + shown(unitText)));
      }
    }
    String categoryText = values.get(Column.CATEGORY);
    Category category = categoryText == null ? null : category(categoryText);
    if (categoryText == null) {
      errors.add(new RowError(number, Column.CATEGORY.header, "Chưa nhập lĩnh vực."));
    } else if (category == null) {
      errors.add(new RowError(number, Column.CATEGORY.header, "Lĩnh vực không hợp lệ: " + shown(categoryText)
          + ". Chọn một trong: " + Arrays.stream(Category.values()).map(Category::labelVi)
          .collect(Collectors.joining("; ")) + "."));
    }
    String title = text(number, values, Column.TITLE, TITLE_MAX, "Chưa nhập tiêu đề.", errors);
    String content = text(number, values, Column.CONTENT, CONTENT_MAX, "Chưa nhập nội dung.", errors);
    String proposal = text(number, values, Column.PROPOSAL, PROPOSAL_MAX, null, errors);
    if (errors.size() == before) {
      rows.add(new ImportedRow(number, unitId, category, title, content, proposal));
    }
  }

  private static String text(int number, Map<Column, String> values, Column column, int max, String missing,
      List<RowError> errors) {
    String value = values.get(column);
    if (value == null) {
      if (missing != null) {
        errors.add(new RowError(number, column.header, missing));
      }
      return null;
    }
    if (value.length() > max) {
      errors.add(new RowError(number, column.header, column.header + " dài " + value.length()
          + " ký tự, vượt quá " + max + " ký tự cho phép."));
    }
    return value;
  }

  private static Category category(String text) {
    String key = fold(text);
    for (Category c : Category.values()) {
      if (key.equals(fold(c.name())) || key.equals(fold(c.labelVi()))) {
        return c;
      }
    }
    return null;
  }

  private static Column column(String header) {
    if (header == null) {
      return null;
    }
    String key = fold(header);
    for (Column c : Column.values()) {
      if (key.equals(fold(c.header))) {
        return c;
      }
    }
    return null;
  }

  private static int[] allColumns(int width) {
    int[] all = new int[width];
    Arrays.setAll(all, i -> i);
    return all;
  }

  private static boolean blank(Line line, int[] columns) {
    for (int at : columns) {
      if (clean(line.cell().apply(at), false) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text as it is stored: composed Unicode (Vietnamese keyboards may type the combining form),
   * control characters removed, line breaks kept only where a field may span lines, ends trimmed
   * as {@link Text#clean} trims them; null when nothing is left.
   */
  static String clean(String raw, boolean multiLine) {
    if (raw == null) {
      return null;
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\r' || c == '\n') {
        b.append(multiLine ? '\n' : ' ');
      } else if (c == '\t') {
        b.append(' ');
      } else if (!Character.isISOControl(c)) {
        b.append(c);
      }
    }
    return Text.clean(b.toString());
  }

  /** For matching headers and categories: no accents, no case, letters and digits only. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
    StringBuilder b = new StringBuilder(decomposed.length());
    decomposed.toLowerCase(Locale.ROOT).codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static String shown(String value) {
    String line = value.replace('\n', ' ');
    return line.length() <= SHOWN_MAX ? line : line.substring(0, SHOWN_MAX) + "…";
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static ImportResult fileError(String message) {
    return new ImportResult(List.of(), List.of(new RowError(0, null, message)));
  }

  /** The file as a whole cannot be read as a list; its message is for the secretary. */
  private static final class FileProblem extends RuntimeException {
    FileProblem(String message) {
      super(message, null, false, false);
    }
  }
}
