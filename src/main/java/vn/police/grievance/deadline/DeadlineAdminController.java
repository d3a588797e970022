package vn.police.grievance.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.system.CurrentUsers;

/** Deadlines per step and the province's declared days, kept by administrators. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Deadlines", description = "Working days per step and the province's days off and make-up working days")
class DeadlineAdminController {

  private final DeadlineSettings settings;
  private final CurrentUsers currentUsers;

  DeadlineAdminController(DeadlineSettings settings, CurrentUsers currentUsers) {
    this.settings = settings;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/deadlines")
  @Operation(operationId = "listStepDeadlines", summary = "The working days of every step, with the configured default")
  @ApiResponse(responseCode = "200", description = "The steps")
  List<DeadlineSettings.StepDeadline> deadlines() {
    return settings.steps();
  }

  @PutMapping(value = "/deadlines/{step}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "setStepDeadline", summary = "Set a step's working days; counts from the next step started")
  @ApiResponse(responseCode = "200", description = "The step, its version one up")
  @ApiResponse(responseCode = "400", description = "Not 1 to 365 working days")
  @ApiResponse(responseCode = "403", description = "Only administrators")
  @ApiResponse(responseCode = "404", description = "No such step")
  @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
  DeadlineSettings.StepDeadline setDeadline(@PathVariable String step,
      @Parameter(description = "The version read (0 while the default applies)") @RequestParam int version,
      @RequestBody DeadlineSettings.DeadlineChange change) {
    return settings.setWorkingDays(step, version, change, currentUsers.current());
  }

  @GetMapping("/calendar-days")
  @Operation(operationId = "listCalendarDays", summary = "The days off and make-up working days the province declared")
  @ApiResponse(responseCode = "200", description = "The days, by date")
  List<DeadlineSettings.CalendarDay> days() {
    return settings.days();
  }

  @PostMapping(value = "/calendar-days", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "addCalendarDay", summary = "Declare a day off or a make-up working day")
  @ApiResponse(responseCode = "201", description = "The day")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "Only administrators")
  @ApiResponse(responseCode = "409", description = "The day is already declared")
  DeadlineSettings.CalendarDay addDay(@RequestBody DeadlineSettings.NewCalendarDay day) {
    return settings.addDay(day, currentUsers.current());
  }

  @DeleteMapping("/calendar-days/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(operationId = "removeCalendarDay", summary = "Withdraw a declared day")
  @ApiResponse(responseCode = "204", description = "Withdrawn")
  @ApiResponse(responseCode = "403", description = "Only administrators")
  @ApiResponse(responseCode = "404", description = "The day is not declared")
  void removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    settings.removeDay(date, currentUsers.current());
  }
}
