package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** A glossary term to create or replace. */
@Schema(name = "GlossaryTermInput", description = "A term to create or replace: a rendering in at least one language, or doNotTranslate.",
        requiredProperties = {"term"})
record GlossaryTermInput(
        @Schema(maxLength = 500, example = "ASEAN") String term,
        @Schema(types = {"object", "null"}, description = "Approved rendering by target language (BCP 47 keys); each at most 500 characters.",
                example = "{\"ru\": \"АСЕАН\", \"vi\": \"ASEAN\"}") Map<String, String> renderings,
        @Schema(types = {"string", "null"}, maxLength = 2000, example = "Association of Southeast Asian Nations") String note,
        @Schema(types = {"boolean", "null"}, description = "Kept verbatim in every translation; default false.", example = "false") Boolean doNotTranslate,
        @Schema(types = {"boolean", "null"}, description = "Matched only with the same letter case; default false.", example = "true") Boolean caseSensitive,
        @Schema(types = {"array", "null"}, description = "The concept's other terms with their standing. Left out (or null), a replaced term "
                + "keeps the ones it has, so a client that does not know them loses none; [] removes them.") List<GlossaryVariantView> variants) {
}
