package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** An approved version as the approval answers it. */
@Schema(description = "An approved, immutable version of an output.")
record VersionView(
        @Schema(description = "Output key (one of GET /api/v1/outputs).", example = "vi") String output,
        @Schema(description = "Numbered per output from 1.", example = "1") int number,
        @Schema(example = "reviewer") String approvedBy,
        @Schema(format = "date-time", example = "2026-12-02T09:30:00Z") String approvedAt,
        @Schema(description = "SHA-256 of the approved text (hex).", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {
}
