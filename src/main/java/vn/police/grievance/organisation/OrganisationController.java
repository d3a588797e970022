package vn.police.grievance.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
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
    return organisation.add(unit, currentUsers.current().userId());
  }

  @GetMapping("/managed")
  @Operation(operationId = "listManagedUnits", summary = "Every unit, retired ones too, with its version (administrators)")
  @ApiResponse(responseCode = "200", description = "The units")
  @ApiResponse(responseCode = "403", description = "The caller is not an administrator")
  List<OrganisationService.Entry> managed() {
    administrator();
    return organisation.entries();
  }

  @PutMapping("/{id}")
  @Operation(operationId = "editUnit", summary = "Rename a unit or change its grouping (administrators)")
  @ApiResponse(responseCode = "200", description = "The unit, its version one up")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "The caller is not an administrator")
  @ApiResponse(responseCode = "404", description = "No such unit")
  @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
  OrganisationService.Entry edit(@PathVariable String id,
      @Parameter(description = "The version the administrator read") @RequestParam int version,
      @RequestBody OrganisationService.UnitChange change) {
    administrator();
    return organisation.edit(id, version, change, currentUsers.current().userId());
  }

  @DeleteMapping("/{id}")
  @Operation(operationId = "retireUnit", summary = "Retire a unit: no new items or work; its history stays (administrators)")
  @ApiResponse(responseCode = "200", description = "The unit, inactive")
  @ApiResponse(responseCode = "403", description = "The caller is not an administrator")
  @ApiResponse(responseCode = "404", description = "No such unit")
  @ApiResponse(responseCode = "409", description = "Changed by someone else since that version, or a provincial office")
  OrganisationService.Entry retire(@PathVariable String id,
      @Parameter(description = "The version the administrator read") @RequestParam int version) {
    administrator();
    return organisation.retire(id, version, currentUsers.current().userId());
  }

  private void administrator() {
    if (!currentUsers.current().isAdministrator()) {
      throw new AccessDeniedException("Only administrators change units");
    }
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
