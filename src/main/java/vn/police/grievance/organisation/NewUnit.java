package vn.police.grievance.organisation;

import io.swagger.v3.oas.annotations.media.Schema;

/** A unit an administrator adds: a commune, a district, a department. */
public record NewUnit(
    @Schema(description = "Lower-case id, also the group id", example = "cax-long-trach", maxLength = 64) String id,
    @Schema(example = "COMMUNE") String kind,
    @Schema(example = "Công an xã Long Trạch", maxLength = 200) String nameVi,
    @Schema(example = "Long Trach commune police", maxLength = 200) String nameEn,
    @Schema(description = "The district of a commune; the province otherwise", example = "cah-can-duoc") String parentId) {}
