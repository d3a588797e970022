package vn.police.grievance.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Organisation", description = "Provincial units, departments, districts and commune units")
class OrganisationController {

  private final OrganisationService organisation;

  OrganisationController(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @GetMapping
  @Operation(summary = "List organisation units, optionally of one kind")
  List<OrgUnit> list(@RequestParam(required = false) UnitKind kind) {
    return kind == null
        ? organisation.all()
        : organisation.all().stream().filter(u -> u.kind() == kind).toList();
  }
}
