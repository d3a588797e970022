package vn.police.grievance.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.CurrentUsers;

/** The signed-in person's own choice whether notices reach them by e-mail; nobody else's. */
@RestController
@RequestMapping("/api/notifications/preferences")
@Tag(name = "Notifications")
class NotificationPreferenceController {

  private final MailPreferences preferences;
  private final CurrentUsers currentUsers;

  NotificationPreferenceController(MailPreferences preferences, CurrentUsers currentUsers) {
    this.preferences = preferences;
    this.currentUsers = currentUsers;
  }

  /** {@code email}: whether my notices are also mailed to me (when a mail server is configured). */
  record Preferences(Boolean email) {}

  @GetMapping
  @Operation(operationId = "getMyNotificationPreferences", summary = "Whether my notices are also e-mailed to me")
  @ApiResponse(responseCode = "200", description = "My preferences")
  Preferences get() {
    return new Preferences(preferences.wantsEmail(currentUsers.current().userId()));
  }

  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "setMyNotificationPreferences", summary = "Opt in or out of e-mailed notices, for myself")
  @ApiResponse(responseCode = "200", description = "My preferences, as saved")
  @ApiResponse(responseCode = "400", description = "email missing")
  Preferences set(@RequestBody Preferences wanted) {
    Checks.start().check(wanted != null && wanted.email() != null, "email",
        "Chọn có nhận thư điện tử hay không (email: true or false)").throwIfAny();
    String userId = currentUsers.current().userId();
    preferences.setEmail(userId, wanted.email());
    return new Preferences(preferences.wantsEmail(userId));
  }
}
