package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** Optional body of the approve call. */
@Schema(description = "Optional. A written reason to approve although QA found errors; stored with the version.")
record ApproveRequest(
        @Schema(types = {"string", "null"}, maxLength = 2000, example = "Names checked with the desk; keep the English acronym") String overrideReason) {
}
