package vn.police.grievance.regulation;

import java.time.LocalDate;
import java.util.List;

/** One legal document of the catalogue that answers can cite. */
public record Regulation(
    Long id,
    String code,
    String title,
    String issuingBody,
    LocalDate issuedOn,
    RegulationStatus status,
    String summary,
    List<String> categories,
    String keywords,
    boolean demo) {

  public boolean citable() {
    return status != RegulationStatus.REPEALED && status != RegulationStatus.RETIRED;
  }
}
