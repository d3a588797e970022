package vn.police.grievance.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues the system's documents, as their header names them.
 *
 * @param superiorBody the governing body, e.g. "BỘ CÔNG AN"
 * @param issuingBody the provincial police, e.g. "CÔNG AN TỈNH TÂY NINH"
 * @param symbol its short form in document symbols, e.g. "CAT" in "12/TB-CAT"
 * @param place the place written before the date, e.g. "Tây Ninh"
 */
@ConfigurationProperties("grievance.documents")
public record DocumentProperties(String superiorBody, String issuingBody, String symbol, String place) {}
