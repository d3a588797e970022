package vn.police.grievance.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outgoing-document register (sổ đăng ký văn bản đi): numbers per year and kind, taken in the
 * issuing transaction under a lock on the kind's counter row, so that numbers are unique across
 * nodes, without gaps (a rolled-back issue gives its number back) and never reused; and the issued
 * files, kept unchanged with their SHA-256.
 */
@Repository
public class DocumentRegister {

  /** A document as issued: its number and its files' hashes (the files are read on their own). */
  public record Issued(
      long id, String kind, int year, int number, String symbol, String subject, Long conferenceId, String signerId,
      OffsetDateTime issuedAt, String pdfSha256, String docxSha256) {

    /** "12/TB-CAT", "05/TB-CAT": the number (two digits at least, as Decree 30 writes it), then the symbol. */
    public String numberAndSymbol() {
      return written(number) + "/" + symbol;
    }
  }

  /** What is issued. */
  public record NewDocument(
      String kind, int year, String symbol, String subject, Long conferenceId, String signerId, OffsetDateTime issuedAt) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate newTransaction;

  public DocumentRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The next number of the kind in the year. Must run inside the issuing transaction: the counter
   * row stays locked until it ends.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int nextNumber(String kind, int year) {
    int updated = jdbc.sql("UPDATE document_counter SET last_number = last_number + 1 WHERE kind = ? AND doc_year = ?")
        .params(kind, year).update();
    if (updated == 0) {
      // the year's first document of the kind: its counter row is created on its own (a failed insert
      // would abort this transaction on PostgreSQL), then locked and counted like any other
      openCounter(kind, year);
      jdbc.sql("UPDATE document_counter SET last_number = last_number + 1 WHERE kind = ? AND doc_year = ?")
          .params(kind, year).update();
    }
    return jdbc.sql("SELECT last_number FROM document_counter WHERE kind = ? AND doc_year = ?").params(kind, year)
        .query(Integer.class).single();
  }

  private void openCounter(String kind, int year) {
    newTransaction.executeWithoutResult(status -> {
      try {
        jdbc.sql("INSERT INTO document_counter (kind, doc_year, last_number) VALUES (?, ?, 0)").params(kind, year).update();
      } catch (DuplicateKeyException anotherNodeOpenedItFirst) {
        status.setRollbackOnly();
      }
    });
  }

  /** Keeps the issued files with their hashes under the number taken. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Issued keep(NewDocument document, int number, byte[] pdf, byte[] docx) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    String pdfHash = sha256(pdf);
    String docxHash = sha256(docx);
    jdbc.sql("INSERT INTO issued_document (kind, doc_year, doc_number, symbol, subject, conference_id, signer_id, issued_at,"
            + " pdf, pdf_sha256, docx, docx_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(document.kind(), document.year(), number, document.symbol(), document.subject(), document.conferenceId(),
            document.signerId(), document.issuedAt(), pdf, pdfHash, docx, docxHash)
        .update(keys, "id");
    return new Issued(keys.getKeyAs(Number.class).longValue(), document.kind(), document.year(), number, document.symbol(),
        document.subject(), document.conferenceId(), document.signerId(), document.issuedAt(), pdfHash, docxHash);
  }

  public Optional<Issued> ofConference(long conferenceId, String kind) {
    return jdbc.sql("SELECT id, kind, doc_year, doc_number, symbol, subject, conference_id, signer_id, issued_at, pdf_sha256,"
            + " docx_sha256 FROM issued_document WHERE conference_id = ? AND kind = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
        .params(conferenceId, kind)
        .query((rs, i) -> new Issued(rs.getLong("id"), rs.getString("kind"), rs.getInt("doc_year"), rs.getInt("doc_number"),
            rs.getString("symbol"), rs.getString("subject"), rs.getObject("conference_id", Long.class),
            rs.getString("signer_id"), rs.getObject("issued_at", OffsetDateTime.class), rs.getString("pdf_sha256"),
            rs.getString("docx_sha256")))
        .optional();
  }

  /** The issued PDF, exactly as kept. */
  public byte[] pdf(long documentId) {
    return jdbc.sql("SELECT pdf FROM issued_document WHERE id = ?").param(documentId).query(byte[].class).single();
  }

  /** The issued DOCX, exactly as kept. */
  public byte[] docx(long documentId) {
    return jdbc.sql("SELECT docx FROM issued_document WHERE id = ?").param(documentId).query(byte[].class).single();
  }

  /** Numbers below 10 are written with a leading zero (Decree 30/2020/NĐ-CP, Appendix I). */
  public static String written(int number) {
    return number < 10 ? "0" + number : Integer.toString(number);
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
