package vn.police.grievance.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.system.CurrentUsers;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Reminders, escalations and delivered answers for my units")
class NotificationController {

  private final Notifications notifications;
  private final CurrentUsers currentUsers;

  NotificationController(Notifications notifications, CurrentUsers currentUsers) {
    this.notifications = notifications;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Operation(operationId = "listMyNotifications", summary = "The latest notices addressed to any group I belong to")
  @ApiResponse(responseCode = "200", description = "At most 100 notices, newest first")
  List<Notification> mine() {
    return notifications.forGroups(currentUsers.current().groups(), 100);
  }
}
