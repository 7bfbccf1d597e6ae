package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.transdesk.review.OutputState;
import org.transdesk.review.ParagraphStatus;

/** The current draft of one output, segment by segment. */
@Schema(description = "The working text of one output. Segment 0 of a translation is the headline.")
record DraftView(
        @Schema(example = "7") long id,
        @Schema(description = "Output key (one of GET /api/v1/outputs).", example = "vi") String output,
        @Schema(description = "Workflow state.", example = "NEEDS_REVIEW") OutputState state,
        @Schema(description = "The source revision this draft translates.", example = "1") int sourceRevision,
        @Schema(description = "The engine that drafted it.", example = "offline") String engine,
        List<Segment> segments) {

    @Schema(name = "DraftSegment", description = "One paragraph (or the headline) of a draft.")
    record Segment(
            @Schema(example = "1") int position,
            @Schema(example = "Hai bên cam kết hợp tác.") String text,
            @Schema(description = "Where the text came from: MODEL, MEMORY_EXACT, MEMORY_FUZZY, GLOSSARY, SOURCE, EDITED, ...", example = "MEMORY_FUZZY") String origin,
            @Schema(types = {"integer", "null"}, format = "int32", description = "Translation-memory match score in percent; null when the text is not a memory match.",
                    example = "87") Integer matchScore,
            @Schema(types = {"string", "null"}, description = "The engine's or an editor's note; null when there is none.",
                    example = "Fuzzy match (87%) from the memory") String note,
            @Schema(description = "Grows with every saved edit of this segment.", example = "1") int revision,
            @Schema(description = "Whether a person wrote or confirmed it: UNTRANSLATED (empty), MACHINE_DRAFT, EDITED, CONFIRMED.",
                    example = "MACHINE_DRAFT") ParagraphStatus status) {
    }
}
