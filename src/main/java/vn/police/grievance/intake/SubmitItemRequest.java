package vn.police.grievance.intake;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a commune unit submits. Limits are checked by {@link IntakeService}, for every channel. */
public record SubmitItemRequest(
    @Schema(description = "Submitting commune unit id; defaults to the caller's own unit", example = "cax-long-hoa", maxLength = 64)
        String unitId,
    @Schema(description = "Category key", example = "FACILITIES", requiredMode = Schema.RequiredMode.REQUIRED)
        String category,
    @Schema(example = "Chưa có trụ sở làm việc", maxLength = IntakeService.TITLE_MAX, requiredMode = Schema.RequiredMode.REQUIRED)
        String title,
    @Schema(maxLength = IntakeService.CONTENT_MAX, requiredMode = Schema.RequiredMode.REQUIRED) String content,
    @Schema(description = "The unit's own proposal", maxLength = IntakeService.PROPOSAL_MAX) String proposal,
    @Schema(description = "Contact person and phone", maxLength = IntakeService.CONTACT_MAX) String contact) {}
