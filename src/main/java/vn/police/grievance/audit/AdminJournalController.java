package vn.police.grievance.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.journal.AdminJournal;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Groups;

/** The administrators' journal, read back by administrators and inspectors. */
@RestController
@RequestMapping("/api/admin/journal")
@Tag(name = "Administration journal", description = "Every change of business data: who, when, before and after")
class AdminJournalController {

  private final AdminJournal journal;
  private final CurrentUsers currentUsers;

  AdminJournalController(AdminJournal journal, CurrentUsers currentUsers) {
    this.journal = journal;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Operation(operationId = "readAdminJournal", summary = "The latest changes of business data, newest first")
  @ApiResponse(responseCode = "200", description = "The changes")
  @ApiResponse(responseCode = "403", description = "Only administrators and inspectors")
  List<AdminJournal.Change> read(
      @Parameter(description = "REGULATION, UNIT, STEP_DEADLINE or CALENDAR_DAY") @RequestParam(required = false) String subject,
      @Parameter(description = "The regulation's id, the unit's id, the step or the date") @RequestParam(required = false) String subjectId,
      @Parameter(description = "At most this many (1–500)") @RequestParam(defaultValue = "100") int limit) {
    CurrentUser user = currentUsers.current();
    if (!user.isAdministrator() && !user.isIn(Groups.AUDITORS)) {
      throw new AccessDeniedException("Chỉ quản trị viên và thanh tra xem nhật ký quản trị (administrators and inspectors)");
    }
    return journal.list(subject, subjectId, Math.max(1, Math.min(500, limit)));
  }
}
