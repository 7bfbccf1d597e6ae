package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.transdesk.review.OutputState;

/** One article of the list, with the state of each output. */
@Schema(description = "An article as listed: no paragraphs, the state of each output (vi, ru, summary).")
record ArticleSummary(
        @Schema(example = "42") long id,
        @Schema(example = "2021-04-15-asean-and-russia-mark-30-years") String slug,
        @Schema(example = "ASEAN and Russia mark 30 years") String title,
        @Schema(types = {"string", "null"}, format = "date", description = "Publication date from the article's first line; null when it had none.",
                example = "2021-04-15") String publishedOn,
        @Schema(description = "Source language (BCP 47).", example = "en") String language,
        @Schema(description = "State of each output by key.",
                example = "{\"vi\": \"NEEDS_REVIEW\", \"ru\": \"NOT_STARTED\", \"summary\": \"APPROVED\"}") Map<String, OutputState> outputs) {
}
