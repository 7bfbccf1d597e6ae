package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.transdesk.review.OutputState;

/** Where the drafting of one output stands. */
@Schema(description = "Where the drafting of one output stands: the output's workflow state, and the run this server saw.")
record ProgressView(
        @Schema(description = "Workflow state of the output, from the database.", example = "DRAFTING") OutputState state,
        @Schema(description = "The last run started through the API on this server: NONE (none seen, e.g. after a restart), RUNNING, FINISHED or FAILED.",
                allowableValues = {"NONE", "RUNNING", "FINISHED", "FAILED"}, example = "RUNNING") String run,
        @Schema(description = "Segments drafted so far.", example = "3") int done,
        @Schema(description = "Segments to draft; 0 until the run has counted them.", example = "12") int total,
        @Schema(types = {"string", "null"}, description = "What the run did when it finished, or why it failed; null while it runs or when none was seen.",
                example = "Vietnamese draft ready: 5 of 45 paragraphs drafted; nothing to translate from memory for 40 of 45 paragraphs") String message) {
}
