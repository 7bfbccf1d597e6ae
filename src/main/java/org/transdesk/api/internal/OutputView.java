package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.transdesk.article.Output;

/** One configured output. */
@Schema(description = "An output every article gets unless it was dropped from it (configuration transdesk.outputs).")
record OutputView(
        @Schema(description = "Output key: in URLs, routes (transdesk.llm.routes.<key>) and file names.", example = "summary-vi") String key,
        @Schema(description = "A translation, or a summary.", example = "SUMMARY") Output.Kind kind,
        @Schema(types = {"string", "null"}, description = "The translation's target language, or the summary's; null for the summary in the article's own language.",
                example = "vi") String language,
        @Schema(description = "English display name.", example = "Vietnamese summary") String name) {

    static OutputView of(Output output) {
        return new OutputView(output.key(), output.kind(), output.language(), output.label());
    }
}
