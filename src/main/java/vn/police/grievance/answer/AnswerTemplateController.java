package vn.police.grievance.answer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
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
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;

/** Answer templates: the province's staff read them; the reception office keeps them. */
@RestController
@RequestMapping("/api/answer-templates")
@Tag(name = "Answer templates", description = "Wording kept for answers, per category and regulation")
class AnswerTemplateController {

  private final AnswerTemplateService templates;
  private final OrganisationService organisation;
  private final CurrentUsers currentUsers;

  AnswerTemplateController(AnswerTemplateService templates, OrganisationService organisation, CurrentUsers currentUsers) {
    this.templates = templates;
    this.organisation = organisation;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Operation(operationId = "listAnswerTemplates", summary = "The answer templates, active ones unless asked for all")
  @ApiResponse(responseCode = "200", description = "The templates")
  @ApiResponse(responseCode = "403", description = "Units do not read the province's wording")
  List<AnswerTemplate> list(@Parameter(description = "Retired ones too") @RequestParam(defaultValue = "false") boolean all) {
    provinceStaff();
    return templates.list(all);
  }

  @GetMapping("/{id}/history")
  @Operation(operationId = "answerTemplateHistory", summary = "Every version of a template, newest first")
  @ApiResponse(responseCode = "200", description = "The versions")
  @ApiResponse(responseCode = "403", description = "Units do not read the province's wording")
  @ApiResponse(responseCode = "404", description = "No such template")
  List<AnswerTemplateService.Version> history(@PathVariable long id) {
    provinceStaff();
    return templates.history(id);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "addAnswerTemplate", summary = "Add a template (reception office)")
  @ApiResponse(responseCode = "201", description = "The template")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "Only the reception office")
  AnswerTemplate add(@RequestBody AnswerTemplateService.Draft draft) {
    return templates.add(draft, currentUsers.current());
  }

  @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "editAnswerTemplate", summary = "Edit a template: a new version, the old one kept")
  @ApiResponse(responseCode = "200", description = "The template")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "Only the reception office")
  @ApiResponse(responseCode = "404", description = "No such template")
  @ApiResponse(responseCode = "409", description = "Edited by someone else since that version was read, or retired")
  AnswerTemplate edit(
      @PathVariable long id,
      @Parameter(description = "The version the editor read") @RequestParam int version,
      @RequestBody AnswerTemplateService.Draft draft) {
    return templates.edit(id, version, draft, currentUsers.current());
  }

  @DeleteMapping("/{id}")
  @Operation(operationId = "retireAnswerTemplate", summary = "Retire a template: no longer offered, kept with its history")
  @ApiResponse(responseCode = "200", description = "The template, retired")
  @ApiResponse(responseCode = "403", description = "Only the reception office")
  @ApiResponse(responseCode = "404", description = "No such template")
  AnswerTemplate retire(@PathVariable long id) {
    return templates.retire(id, currentUsers.current());
  }

  /** Commune units read their answers, not the wording the province keeps for them. */
  private void provinceStaff() {
    CurrentUser user = currentUsers.current();
    if (organisation.communeOf(user.groups()).isPresent()) {
      throw new AccessDeniedException("Đơn vị không xem mẫu trả lời (units do not read templates)");
    }
  }
}
