package vn.police.grievance.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.system.CurrentUsers;

@RestController
@org.springframework.validation.annotation.Validated
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Reminders, escalations and delivered answers for my units")
class NotificationController {

  private final Notifications notifications;
  private final CurrentUsers currentUsers;

  NotificationController(Notifications notifications, CurrentUsers currentUsers) {
    this.notifications = notifications;
    this.currentUsers = currentUsers;
  }

  record Unread(long unread) {}

  record Marked(int marked) {}

  @GetMapping
  @Operation(operationId = "listMyNotifications", summary = "The latest notices addressed to any group I belong to, read or not")
  @ApiResponse(responseCode = "200", description = "At most `limit` notices, newest first, each with whether I have read it")
  @ApiResponse(responseCode = "400", description = "A limit outside 1–100")
  List<Notification> mine(
      @Parameter(description = "Only the notices I have not read") @RequestParam(defaultValue = "false") boolean unread,
      @Parameter(description = "At most this many") @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
    CurrentUser user = currentUsers.current();
    return notifications.forPerson(user.groups(), user.userId(), unread, limit);
  }

  @GetMapping("/unread-count")
  @Operation(operationId = "countMyUnreadNotifications", summary = "How many notices I have not read (the webapps' header shows it)")
  @ApiResponse(responseCode = "200", description = "The count")
  Unread unreadCount() {
    CurrentUser user = currentUsers.current();
    return new Unread(notifications.unreadCount(user.groups(), user.userId()));
  }

  @PostMapping("/{id}/read")
  @Operation(operationId = "markNotificationRead", summary = "Mark one of my notices read")
  @ApiResponse(responseCode = "200", description = "Marked")
  @ApiResponse(responseCode = "404", description = "No such notice to any of my groups")
  Marked markRead(@PathVariable long id) {
    CurrentUser user = currentUsers.current();
    if (!notifications.markRead(id, user.groups(), user.userId())) {
      throw new NotFoundException("Không có thông báo " + id + " (no such notice)");
    }
    return new Marked(1);
  }

  @PostMapping("/read-all")
  @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notices read")
  @ApiResponse(responseCode = "200", description = "How many were unread")
  Marked markAllRead() {
    CurrentUser user = currentUsers.current();
    return new Marked(notifications.markAllRead(user.groups(), user.userId()));
  }
}
