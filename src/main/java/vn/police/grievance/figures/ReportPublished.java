package vn.police.grievance.figures;

/**
 * A report was generated and archived (published after its transaction commits). The hook for
 * mailing reports to the leadership: the application has no mail yet, so nothing listens to it
 * but the log; a mail sender listens here when one exists.
 */
public record ReportPublished(long reportId, String kind, String title, java.time.LocalDate from, java.time.LocalDate to,
    String generatedBy) {}
