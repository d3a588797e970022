package vn.police.grievance.audit;

import java.time.OffsetDateTime;
import vn.police.grievance.tracking.ItemView.Labelled;

/** One item in an auditor's search result: the facts to find it again and see where it stands. */
public record AuditItem(
    String reference,
    Labelled unit,
    Labelled category,
    String title,
    Labelled status,
    Labelled route,
    Labelled department,
    String submittedBy,
    OffsetDateTime submittedAt,
    OffsetDateTime closedAt,
    int reopenCount,
    boolean finished,
    String processInstanceId) {}
