package vn.police.grievance.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.system.CurrentUsers;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Organisation", description = "Provincial units, departments, districts and commune units")
class OrganisationController {

  private final OrganisationService organisation;
  private final CurrentUsers currentUsers;

  OrganisationController(OrganisationService organisation, CurrentUsers currentUsers) {
    this.organisation = organisation;
    this.currentUsers = currentUsers;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "addUnit", summary = "Add a commune, district or department (administrators)")
  @ApiResponse(responseCode = "201", description = "Created: the new unit")
  @ApiResponse(
      responseCode = "400",
      description = "Invalid unit: id taken or malformed, unknown kind or parent; listed under errors")
  @ApiResponse(responseCode = "403", description = "The caller is not an administrator")
  OrgUnit add(@RequestBody NewUnit unit) {
    if (!currentUsers.current().isAdministrator()) {
      throw new AccessDeniedException("Only administrators add units");
    }
    return organisation.add(unit);
  }

  @GetMapping
  @Operation(operationId = "listUnits", summary = "List organisation units, optionally of one kind")
  @ApiResponse(responseCode = "200", description = "The units")
  List<OrgUnit> list(@Parameter(description = "Only units of this kind") @RequestParam(required = false) UnitKind kind) {
    return kind == null
        ? organisation.all()
        : organisation.all().stream().filter(u -> u.kind() == kind).toList();
  }
}
