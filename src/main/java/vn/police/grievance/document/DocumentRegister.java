package vn.police.grievance.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

  /**
   * A document as issued: its number, its files' hashes (the files are read on their own), and for
   * a letter the item it belongs to, what it is for, its addressee and the signing certificate.
   */
  public record Issued(
      long id, String kind, int year, int number, String symbol, String subject, Long conferenceId, String signerId,
      OffsetDateTime issuedAt, String pdfSha256, String docxSha256, Long itemId, String purpose, String addressee,
      String signerName, String certificateSha256, String certificateSubject, boolean demoCertificate) {

    /** "12/TB-CAT", "05/TB-CAT": the number (two digits at least, as Decree 30 writes it), then the symbol. */
    public String numberAndSymbol() {
      return written(number) + "/" + symbol;
    }
  }

  /**
   * What is issued. {@code kind} names the register the number is taken from (ADR 8: one register
   * per agency and kind of document, e.g. "CV-CAT" for the provincial police's letters), {@code
   * symbol} what follows the number ("CAT-PHC").
   */
  public record NewDocument(
      String kind, int year, String symbol, String subject, Long conferenceId, String signerId, OffsetDateTime issuedAt,
      Long itemId, String purpose, String addressee, String signerName, String certificateSha256,
      String certificateSubject, boolean demoCertificate) {

    /** A document of a conference, unsigned. */
    public NewDocument(
        String kind, int year, String symbol, String subject, Long conferenceId, String signerId, OffsetDateTime issuedAt) {
      this(kind, year, symbol, subject, conferenceId, signerId, issuedAt, null, null, null, null, null, null, false);
    }
  }

  /** What the register is searched by; every field may be null. */
  public record Query(Integer year, String kind, String purpose, String text, Long itemId) {}

  private static final String COLUMNS =
      "id, kind, doc_year, doc_number, symbol, subject, conference_id, signer_id, issued_at, pdf_sha256, docx_sha256,"
          + " item_id, purpose, addressee, signer_name, certificate_sha256, certificate_subject, demo_certificate";

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
  public Issued keep(NewDocument d, int number, byte[] pdf, byte[] docx) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    String pdfHash = sha256(pdf);
    String docxHash = sha256(docx);
    jdbc.sql("INSERT INTO issued_document (kind, doc_year, doc_number, symbol, subject, conference_id, signer_id, issued_at,"
            + " pdf, pdf_sha256, docx, docx_sha256, item_id, purpose, addressee, signer_name, certificate_sha256,"
            + " certificate_subject, demo_certificate) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(d.kind(), d.year(), number, d.symbol(), d.subject(), d.conferenceId(), d.signerId(), d.issuedAt(), pdf, pdfHash,
            docx, docxHash, d.itemId(), d.purpose(), d.addressee(), d.signerName(), d.certificateSha256(),
            d.certificateSubject(), d.demoCertificate())
        .update(keys, "id");
    return new Issued(keys.getKeyAs(Number.class).longValue(), d.kind(), d.year(), number, d.symbol(), d.subject(),
        d.conferenceId(), d.signerId(), d.issuedAt(), pdfHash, docxHash, d.itemId(), d.purpose(), d.addressee(),
        d.signerName(), d.certificateSha256(), d.certificateSubject(), d.demoCertificate());
  }

  public Optional<Issued> ofConference(long conferenceId, String kind) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM issued_document WHERE conference_id = ? AND kind = ?"
            + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
        .params(conferenceId, kind)
        .query(DocumentRegister::issued)
        .optional();
  }

  /** The latest document of the item issued for the purpose (e.g. its answer letter). */
  public Optional<Issued> ofItem(long itemId, String purpose) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM issued_document WHERE item_id = ? AND purpose = ?"
            + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
        .params(itemId, purpose)
        .query(DocumentRegister::issued)
        .optional();
  }

  public Optional<Issued> find(long documentId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM issued_document WHERE id = ?").param(documentId)
        .query(DocumentRegister::issued).optional();
  }

  /**
   * The register's entries, in the order of the register (year, register, number), at most {@code
   * limit}; the text is matched in the number and symbol, subject and addressee, case-insensitively.
   */
  public List<Issued> search(Query q, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM issued_document WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (q.year() != null) {
      sql.append(" AND doc_year = ?");
      params.add(q.year());
    }
    if (q.kind() != null) {
      sql.append(" AND kind = ?");
      params.add(q.kind());
    }
    if (q.purpose() != null) {
      sql.append(" AND purpose = ?");
      params.add(q.purpose());
    }
    if (q.itemId() != null) {
      sql.append(" AND item_id = ?");
      params.add(q.itemId());
    }
    if (q.text() != null && !q.text().isBlank()) {
      String like = "%" + q.text().trim().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
      sql.append(" AND (LOWER(subject) LIKE ? OR LOWER(COALESCE(addressee, '')) LIKE ? OR LOWER(symbol) LIKE ?"
          + " OR CAST(doc_number AS VARCHAR(12)) = ?)");
      params.add(like);
      params.add(like);
      params.add(like);
      params.add(q.text().trim().replaceFirst("/.*", "").replaceFirst("^0+(?=\\d)", ""));
    }
    sql.append(" ORDER BY doc_year DESC, kind, doc_number DESC FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
    return jdbc.sql(sql.toString()).params(params).query(DocumentRegister::issued).list();
  }

  private static Issued issued(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Issued(rs.getLong("id"), rs.getString("kind"), rs.getInt("doc_year"), rs.getInt("doc_number"),
        rs.getString("symbol"), rs.getString("subject"), rs.getObject("conference_id", Long.class),
        rs.getString("signer_id"), rs.getObject("issued_at", OffsetDateTime.class), rs.getString("pdf_sha256"),
        rs.getString("docx_sha256"), rs.getObject("item_id", Long.class), rs.getString("purpose"), rs.getString("addressee"),
        rs.getString("signer_name"), rs.getString("certificate_sha256"), rs.getString("certificate_subject"),
        rs.getBoolean("demo_certificate"));
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
