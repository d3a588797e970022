package vn.police.grievance.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.police.grievance.support.ProcessTestSupport.answerNow;
import static vn.police.grievance.support.ProcessTestSupport.approve;
import static vn.police.grievance.support.ProcessTestSupport.immediateAnswer;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.document.AdministrativeDocument;
import vn.police.grievance.document.DocumentRegister;
import vn.police.grievance.document.PdfSignatures;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.support.ProcessDriver;

/**
 * The answer letter: issued when the leadership approves an answer, read back field by field from
 * the PDF and the DOCX, downloaded by the unit (signature checked on the way out), listed in the
 * register and its XLSX, checked in the inspectors' file, and refused once a byte of it changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnswerLetterTest {

  static final String PASSWORD = "Demo@2026!";
  static final RequestPostProcessor LONG_HOA = httpBasic("xa.longhoa", PASSWORD);
  static final RequestPostProcessor PHUOC_LAM = httpBasic("xa.phuoclam", PASSWORD);
  static final RequestPostProcessor LEADER = httpBasic("lanhdao", PASSWORD);
  static final RequestPostProcessor RECEPTION = httpBasic("tiepnhan", PASSWORD);
  static final RequestPostProcessor INSPECTOR = httpBasic("thanhtra", PASSWORD);
  static final String REGULATION = "42/2021/NĐ-CP";
  static final String ANSWER = "Công an tỉnh bố trí kinh phí sửa chữa trụ sở Công an xã trong quý I năm 2027.";

  @Autowired MockMvc mvc;
  @Autowired ProcessDriver driver;
  @Autowired DocumentRegister register;
  @Autowired JdbcClient jdbc;
  @Autowired PdfSignatures signatures;

  private GrievanceItem answeredAndApproved() {
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REGULATION));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer(ANSWER, REGULATION));
    assertThat(register.ofItem(item.id(), OutgoingLetters.ANSWER_LETTER)).as("nothing is issued before sign-off").isEmpty();
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    return item;
  }

  @Test
  void theApprovedAnswerIsIssuedAsASignedLetterWhosePdfAndDocxCarryEveryField() throws Exception {
    GrievanceItem item = answeredAndApproved();
    DocumentRegister.Issued letter = register.ofItem(item.id(), OutgoingLetters.ANSWER_LETTER).orElseThrow();
    assertThat(letter.kind()).isEqualTo("CV-CAT");
    assertThat(letter.symbol()).isEqualTo("CAT-PTM");
    assertThat(letter.addressee()).startsWith("Công an xã Long Hòa");
    assertThat(letter.signerId()).isEqualTo("lanhdao");
    String number = letter.numberAndSymbol();
    LocalDate day = letter.issuedAt().atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();

    byte[] pdf = register.pdf(letter.id());
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("BỘ CÔNG AN")
        .contains("CÔNG AN TỈNH TÂY NINH")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Số: " + number)
        .contains("Tây Ninh, " + AdministrativeDocument.writtenDate(day))
        .contains("V/v Trả lời kiến nghị của")
        .contains("Kính gửi: " + letter.addressee())
        .contains(item.reference())
        .contains(ANSWER)
        .contains(REGULATION)
        .contains("Nơi nhận")
        .contains("KT. GIÁM ĐỐC")
        .contains("PHÓ GIÁM ĐỐC")
        .contains(letter.signerName());
    assertThat(signatures.verify(pdf).valid()).isTrue();

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(register.docx(letter.id())))) {
      String words = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining(" "))
          + " " + docx.getTables().stream().map(t -> t.getText()).collect(Collectors.joining(" "));
      assertThat(words.replaceAll("\\s+", " "))
          .contains("Số: " + number)
          .contains(AdministrativeDocument.writtenDate(day))
          .contains("V/v Trả lời kiến nghị của")
          .contains(ANSWER)
          .contains(letter.signerName());
    }

    // the journal says it, with the hashes of what was kept
    assertThat(driver.events(item)).filteredOn(e -> e.type() == EventType.DOCUMENT_ISSUED).singleElement()
        .satisfies(e -> assertThat((JournalEvent.DocumentIssued) e.event()).isEqualTo(new JournalEvent.DocumentIssued(
            OutgoingLetters.ANSWER_LETTER, number, day, letter.addressee(), "lanhdao", letter.certificateSubject(),
            letter.pdfSha256(), letter.docxSha256())));
  }

  @Test
  void theUnitReadsAndDownloadsItsLetterAndOnlyTheProvinceReadsTheRegister() throws Exception {
    GrievanceItem item = answeredAndApproved();
    DocumentRegister.Issued letter = register.ofItem(item.id(), OutgoingLetters.ANSWER_LETTER).orElseThrow();

    mvc.perform(get("/api/items/" + item.reference()).with(LONG_HOA)).andExpect(status().isOk())
        .andExpect(jsonPath("$.answer.letter.numberAndSymbol").value(letter.numberAndSymbol()))
        .andExpect(jsonPath("$.answer.letter.pdfSha256").value(letter.pdfSha256()))
        .andExpect(jsonPath("$.answer.letter.pdfUrl").value("/api/items/" + item.reference() + "/letter.pdf"));
    byte[] downloaded = mvc.perform(get("/api/items/" + item.reference() + "/letter.pdf").with(LONG_HOA))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Signature-Valid", "true"))
        .andExpect(header().string("X-Content-SHA256", letter.pdfSha256()))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(DocumentRegister.sha256(downloaded)).isEqualTo(letter.pdfSha256());
    // another unit does not know it exists; the unit gets the signed PDF, not the editable DOCX
    mvc.perform(get("/api/items/" + item.reference() + "/letter.pdf").with(PHUOC_LAM)).andExpect(status().isNotFound());
    mvc.perform(get("/api/items/" + item.reference() + "/letter.docx").with(LONG_HOA)).andExpect(status().isForbidden());
    mvc.perform(get("/api/items/" + item.reference() + "/letter.docx").with(LEADER)).andExpect(status().isOk());

    mvc.perform(get("/api/documents").param("q", letter.numberAndSymbol()).with(RECEPTION)).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].numberAndSymbol").value(letter.numberAndSymbol()))
        .andExpect(jsonPath("$[0].item").value(item.reference()))
        .andExpect(jsonPath("$[0].purposeLabel").value("Công văn trả lời đơn vị"));
    mvc.perform(get("/api/documents").with(LONG_HOA)).andExpect(status().isForbidden());
    byte[] xlsx = mvc.perform(get("/api/documents.xlsx").param("year", Integer.toString(letter.year())).with(LEADER))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheet("Sổ văn bản đi");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Số, ký hiệu");
      boolean found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if (sheet.getRow(r).getCell(1).getStringCellValue().equals(letter.numberAndSymbol())) {
          found = true;
          assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEqualTo(item.reference());
          assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).isEqualTo(letter.pdfSha256());
        }
      }
      assertThat(found).isTrue();
    }

    mvc.perform(get("/api/audit/items/" + item.reference() + "/documents").with(INSPECTOR)).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].numberAndSymbol").value(letter.numberAndSymbol()))
        .andExpect(jsonPath("$[0].pdfSha256").value(letter.pdfSha256()))
        .andExpect(jsonPath("$[0].filesMatchHashes").value(true))
        .andExpect(jsonPath("$[0].signatureValid").value(true));
  }

  @Test
  void aChangedByteIsReportedAndTheLetterIsNotHandedOut() throws Exception {
    GrievanceItem item = answeredAndApproved();
    DocumentRegister.Issued letter = register.ofItem(item.id(), OutgoingLetters.ANSWER_LETTER).orElseThrow();
    byte[] pdf = register.pdf(letter.id());
    byte[] tampered = pdf.clone();
    tampered[tampered.length / 3] ^= 0x01;

    // the kept file changed: its hash no longer matches
    jdbc.sql("UPDATE issued_document SET pdf = ? WHERE id = ?").params(tampered, letter.id()).update();
    mvc.perform(get("/api/items/" + item.reference() + "/letter.pdf").with(LONG_HOA)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không khớp mã băm")));
    mvc.perform(get("/api/audit/items/" + item.reference() + "/documents").with(INSPECTOR)).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].filesMatchHashes").value(false))
        .andExpect(jsonPath("$[0].signatureValid").value(false));

    // and someone who also rewrote the hash is caught by the signature
    jdbc.sql("UPDATE issued_document SET pdf_sha256 = ? WHERE id = ?").params(DocumentRegister.sha256(tampered), letter.id()).update();
    mvc.perform(get("/api/items/" + item.reference() + "/letter.pdf").with(LONG_HOA)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Chữ ký số không hợp lệ")));
    mvc.perform(get("/api/documents/" + letter.id() + "/verification").with(LEADER)).andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false));
  }
}
