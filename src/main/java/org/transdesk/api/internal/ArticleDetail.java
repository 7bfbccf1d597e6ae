package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.transdesk.review.OutputState;

/** One article with its paragraphs. */
@Schema(description = "An article with its body paragraphs (the headline is `title`).")
record ArticleDetail(
        @Schema(example = "42") long id,
        @Schema(example = "2021-04-15-asean-and-russia-mark-30-years") String slug,
        @Schema(example = "ASEAN and Russia mark 30 years") String title,
        @Schema(types = {"string", "null"}, format = "date", description = "Publication date from the article's first line; null when it had none.",
                example = "2021-04-15") String publishedOn,
        @Schema(description = "Source language (BCP 47).", example = "en") String language,
        @Schema(description = "Grows by one each time the source text changes; drafts name the revision they translate.", example = "1") int sourceRevision,
        @Schema(example = "[\"Both sides pledged cooperation.\"]") List<String> paragraphs,
        @Schema(description = "State of each of the article's outputs by key.",
                example = "{\"vi\": \"NOT_STARTED\", \"ru\": \"NOT_STARTED\", \"summary\": \"NOT_STARTED\"}") Map<String, OutputState> outputs,
        @Schema(description = "Configured outputs dropped from this article (PUT .../outputs/{output} adds one back, with its drafts and versions).",
                example = "[\"zh\"]") List<String> droppedOutputs) {
}
