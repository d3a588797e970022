package vn.police.grievance.audit;

import java.time.OffsetDateTime;

/**
 * One official document of an item as the inspectors' file lists it, checked as it is read: the
 * kept files against their SHA-256, the PDF's signature over the whole file and its certificate
 * against the one the register recorded.
 *
 * @param finding what the check found, in Vietnamese
 */
public record DocumentCheck(
    long id,
    String numberAndSymbol,
    String purpose,
    OffsetDateTime issuedAt,
    String addressee,
    String signerId,
    String signerName,
    String pdfSha256,
    String docxSha256,
    String certificateSubject,
    boolean demoCertificate,
    boolean filesMatchHashes,
    boolean signatureValid,
    String finding) {}
