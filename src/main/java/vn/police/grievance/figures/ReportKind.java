package vn.police.grievance.figures;

/** Periodic reports (báo cáo định kỳ) and those generated on demand for any period. */
enum ReportKind {
  WEEKLY("Báo cáo tuần", "tuần"),
  MONTHLY("Báo cáo tháng", "tháng"),
  ON_DEMAND("Báo cáo theo yêu cầu", "kỳ");

  final String labelVi;
  final String periodWord;

  ReportKind(String labelVi, String periodWord) {
    this.labelVi = labelVi;
    this.periodWord = periodWord;
  }
}
