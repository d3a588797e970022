package vn.police.grievance.tracking;

import vn.police.grievance.system.Enums;
import vn.police.grievance.item.Page;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemCriteria;
import vn.police.grievance.item.ItemAccess;
import vn.police.grievance.item.Category;
import vn.police.grievance.tracking.ItemView;
import vn.police.grievance.tracking.ItemViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.NotFoundException;

@RestController
@RequestMapping("/api/items")
@Validated
@Tag(name = "Items", description = "Difficulties and proposals of commune units")
class ItemController {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ItemRepository items;
  private final ItemViews views;
  private final ItemAccess access;
  private final CurrentUsers currentUsers;

  private final SimilarItems similarItems;
  private final java.time.Clock clock;

  ItemController(
      ItemRepository items, ItemViews views, ItemAccess access, CurrentUsers currentUsers, SimilarItems similarItems,
      java.time.Clock clock) {
    this.items = items;
    this.views = views;
    this.access = access;
    this.currentUsers = currentUsers;
    this.similarItems = similarItems;
    this.clock = clock;
  }

  @GetMapping("/similar")
  @Operation(
      operationId = "similarItems",
      summary = "Items that may be the same matter as a text: check before submitting (with or without accents)")
  @ApiResponse(responseCode = "200", description = "The likely duplicates the caller may see, most alike first, with a score 0–1")
  @ApiResponse(responseCode = "400", description = "No title, or a field too long")
  List<SimilarItems.Similar> similar(
      @Parameter(description = "The title to compare") @RequestParam @Size(min = 1, max = 200) String title,
      @Parameter(description = "The content to compare") @RequestParam(required = false) @Size(max = 4000) String content) {
    CurrentUser user = currentUsers.current();
    return similarItems.like(title, content, access.scopeOf(user), null, OffsetDateTime.now(clock), 10);
  }

  @GetMapping("/{reference}")
  @Operation(
      operationId = "getItem",
      summary = "Read one item by its reference, with its status history and delivered answer")
  @ApiResponse(responseCode = "200", description = "The item")
  @ApiResponse(responseCode = "404", description = "No such item, or it is outside the caller's units")
  ItemView get(@Parameter(description = "The item's reference", example = "KN-2026-000001") @PathVariable @Size(max = 20)
      String reference) {
    CurrentUser user = currentUsers.current();
    // An item outside the caller's scope is reported exactly like a missing one.
    return items
        .findByReference(reference)
        .filter(item -> access.mayRead(user, item))
        .map(views::of)
        .orElseThrow(() -> new NotFoundException("No item " + reference));
  }

  @GetMapping
  @Operation(operationId = "searchItems", summary = "List and search items, newest first")
  @ApiResponse(responseCode = "200", description = "One page of the items in the caller's units")
  Page<ItemView> search(
      @Parameter(description = "Submitting unit id") @RequestParam(required = false) @Size(max = 64) String unit,
      @Parameter(description = "Status key, e.g. IN_TRIAGE") @RequestParam(required = false) @Size(max = 30) String status,
      @Parameter(description = "Category key, e.g. FACILITIES") @RequestParam(required = false) @Size(max = 20) String category,
      @Parameter(description = "Functional department id") @RequestParam(required = false) @Size(max = 64) String department,
      @Parameter(description = "Submitted on or after this day")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Submitted on or before this day")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "Words of the reference, title, content, proposal or delivered answer, with or without accents") @RequestParam(required = false) @Size(max = 200) String q,
      @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @Parameter(description = "Items per page") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    Checks checks = Checks.start();
    ItemStatus statusValue = Enums.parse(ItemStatus.class, status, "status", checks);
    Category categoryValue = Enums.parse(Category.class, category, "category", checks);
    checks
        .check(from == null || to == null || !to.isBefore(from), "to", "Ngày kết thúc trước ngày bắt đầu (to is before from)")
        .throwIfAny();
    ItemCriteria criteria =
        new ItemCriteria(
            access.scopeOf(currentUsers.current()),
            unit == null || unit.isBlank() ? null : unit.trim(),
            statusValue,
            categoryValue,
            department,
            from == null ? null : from.atStartOfDay(VIETNAM).toOffsetDateTime(),
            to == null ? null : to.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime(),
            q);
    return views.summaries(items.search(criteria, page, size));
  }

}
