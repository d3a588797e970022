package vn.police.grievance.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.Page;
import vn.police.grievance.item.Route;
import vn.police.grievance.item.Step;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Enums;

/**
 * The leadership's figures: the dashboard of one period, and the items behind any of its figures.
 * Read-only; each reader sees their scope (the province, a department, a district's communes).
 */
@RestController
@RequestMapping("/api/figures")
@Validated
@Tag(name = "Figures", description = "The leadership's dashboard: counts, deadlines, time to answer, trends, drill-down")
@ApiResponse(responseCode = "403", description = "Figures are read by the leadership, inspectors, administrators, department heads and districts")
class FiguresController {

  private final FiguresService figures;
  private final FiguresAccess access;
  private final CurrentUsers currentUsers;

  FiguresController(FiguresService figures, FiguresAccess access, CurrentUsers currentUsers) {
    this.figures = figures;
    this.access = access;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/dashboard")
  @Operation(operationId = "getDashboard", summary = "Every figure of the dashboard for one period, in the reader's scope")
  @ApiResponse(responseCode = "200", description = "The figures; each count carries the query of its drill-down")
  Dashboard dashboard(
      @Parameter(description = "First day of the period (default: the first day of the month two months ago)")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Last day of the period, included (default: today)")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    FiguresScope scope = access.scopeOf(currentUsers.current());
    return figures.dashboard(from == null ? figures.defaultFrom() : from, to == null ? figures.today() : to, scope);
  }

  /** What a figure's drill-down sends; see {@link Drill}. */
  record DrillQuery(
      @Parameter(description = "OPEN, RECEIVED, ANSWERED, CLOSED, REOPENED, CONFERENCE (items); OVERDUE, DUE_SOON, LATE, DONE (steps)")
          @Size(max = 20) String set,
      @Parameter(description = "First day of the period") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Last day of the period, included") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "Status key") @Size(max = 30) String status,
      @Parameter(description = "Category key") @Size(max = 20) String category,
      @Parameter(description = "Commune unit id") @Size(max = 64) String unit,
      @Parameter(description = "Department id (of the item; of the responsible group for steps); none for no department")
          @Size(max = 64) String department,
      @Parameter(description = "Route key; none for not triaged yet") @Size(max = 30) String route,
      @Parameter(description = "Step key") @Size(max = 30) String step,
      @Parameter(description = "Steps done on time (true) or late (false)") Boolean onTime,
      @Parameter(description = "Listening conference id") Long conference,
      @Parameter(description = "ANSWERED, ASSIGNED, OPEN or OVERDUE items of the conference") @Size(max = 20) String outcome) {}

  @GetMapping("/items")
  @Operation(operationId = "getFigureItems", summary = "The items (or steps) behind one figure, counted by the same rule")
  @ApiResponse(responseCode = "200", description = "One page of items or steps")
  @ApiResponse(responseCode = "400", description = "An unknown set, key or period")
  Page<FiguresService.DrillRow> items(
      @ParameterObject @Validated @ModelAttribute DrillQuery query,
      @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @Parameter(description = "Rows per page") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    FiguresScope scope = access.scopeOf(currentUsers.current());
    return figures.drill(drill(query), scope, page, size);
  }

  private static Drill drill(DrillQuery q) {
    Checks checks = Checks.start();
    Drill.Set set = Enums.parse(Drill.Set.class, q.set(), "set", checks);
    checks.check(set != null, "set", "Bắt buộc (required)");
    Enums.parse(ItemStatus.class, q.status(), "status", checks);
    Enums.parse(Category.class, q.category(), "category", checks);
    Enums.parse(Step.class, q.step(), "step", checks);
    if (!Drill.NONE.equals(q.route())) {
      Enums.parse(Route.class, q.route(), "route", checks);
    }
    boolean periodic = set != null && set != Drill.Set.OPEN && set != Drill.Set.OVERDUE && set != Drill.Set.DUE_SOON
        && set != Drill.Set.CONFERENCE;
    checks.check(!periodic || (q.from() != null && q.to() != null), "from", "Cần kỳ báo cáo (from and to are required)");
    checks.check(set != Drill.Set.CONFERENCE || q.conference() != null, "conference", "Bắt buộc (required)");
    checks.check(q.outcome() == null || java.util.Set.of("ANSWERED", "ASSIGNED", "OPEN", "OVERDUE").contains(q.outcome()),
        "outcome", "Giá trị không hợp lệ (unknown value): " + q.outcome());
    checks.throwIfAny();
    return new Drill(set, q.from(), q.to(), upper(q.status()), upper(q.category()), blank(q.unit()), blank(q.department()),
        Drill.NONE.equals(q.route()) ? Drill.NONE : upper(q.route()), upper(q.step()), q.onTime(), q.conference(),
        q.outcome());
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String upper(String s) {
    return blank(s) == null ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
  }
}
