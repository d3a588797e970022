package vn.police.grievance.regulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
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

  RegulationController(RegulationRepository regulations) {
    this.regulations = regulations;
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
