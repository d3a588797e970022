package vn.police.grievance.regulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.police.grievance.journal.AdminJournal;
import vn.police.grievance.system.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/regulations")
@Validated
@Tag(name = "Regulations", description = "The catalogue of legal documents answers cite")
class RegulationController {

  private final RegulationRepository regulations;
  private final RegulationCatalogue catalogue;
  private final CurrentUsers currentUsers;

  RegulationController(RegulationRepository regulations, RegulationCatalogue catalogue, CurrentUsers currentUsers) {
    this.regulations = regulations;
    this.catalogue = catalogue;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/catalogue")
  @Operation(operationId = "listRegulationCatalogue", summary = "Every document of the catalogue, retired ones too, with its version")
  @ApiResponse(responseCode = "200", description = "The documents")
  List<RegulationCatalogue.Entry> catalogue() {
    return catalogue.entries();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "addRegulation", summary = "Add a document (reception office, administrators)")
  @ApiResponse(responseCode = "201", description = "The document, version 1")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong; listed under errors")
  @ApiResponse(responseCode = "403", description = "Only the reception office and administrators")
  @ApiResponse(responseCode = "409", description = "The code is already in the catalogue")
  RegulationCatalogue.Entry add(@RequestBody RegulationCatalogue.Draft draft) {
    return catalogue.add(draft, currentUsers.current());
  }

  @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "editRegulation", summary = "Edit a document; the version before is kept in the journal")
  @ApiResponse(responseCode = "200", description = "The document, its version one up")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "Only the reception office and administrators")
  @ApiResponse(responseCode = "404", description = "No such document")
  @ApiResponse(responseCode = "409", description = "Changed by someone else since that version, retired, or code taken")
  RegulationCatalogue.Entry edit(@PathVariable long id,
      @Parameter(description = "The version the editor read") @RequestParam int version,
      @RequestBody RegulationCatalogue.Draft draft) {
    return catalogue.edit(id, version, draft, currentUsers.current());
  }

  @DeleteMapping("/{id}")
  @Operation(operationId = "retireRegulation", summary = "Retire a document: no longer offered nor citable, kept with its history")
  @ApiResponse(responseCode = "200", description = "The document, retired")
  @ApiResponse(responseCode = "403", description = "Only the reception office and administrators")
  @ApiResponse(responseCode = "404", description = "No such document")
  @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
  RegulationCatalogue.Entry retire(@PathVariable long id,
      @Parameter(description = "The version the keeper read") @RequestParam int version) {
    return catalogue.retire(id, version, currentUsers.current());
  }

  @GetMapping("/{id}/history")
  @Operation(operationId = "regulationHistory", summary = "Every change of a document, newest first: who, when, before and after")
  @ApiResponse(responseCode = "200", description = "The changes")
  @ApiResponse(responseCode = "404", description = "No such document")
  List<AdminJournal.Change> history(@PathVariable long id) {
    return catalogue.history(id);
  }

  @GetMapping
  @Operation(
      operationId = "searchRegulations",
      summary = "Search the regulation catalogue by text and category, ordered by code")
  @ApiResponse(responseCode = "200", description = "The matching regulations")
  List<Regulation> search(
      @Parameter(description = "Part of the code, title, summary or keywords")
          @RequestParam(required = false) @Size(max = 200) String q,
      @Parameter(description = "Category key, e.g. FACILITIES") @RequestParam(required = false) @Size(max = 20) String category,
      @Parameter(description = "Leave out repealed regulations") @RequestParam(defaultValue = "false") boolean citableOnly,
      @Parameter(description = "At most this many") @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
    return regulations.search(q, category, citableOnly, limit);
  }
}
