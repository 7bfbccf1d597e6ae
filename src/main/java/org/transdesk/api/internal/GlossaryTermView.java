package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transdesk.memory.GlossaryTerm;

/** A glossary term as the API answers it. */
@Schema(name = "GlossaryTerm", description = "A term with its approved rendering per target language, or a do-not-translate term.")
record GlossaryTermView(
        @Schema(example = "3") long id,
        @Schema(description = "Language of the term (BCP 47).", example = "en") String sourceLang,
        @Schema(example = "ASEAN") String term,
        @Schema(description = "Approved rendering by target language.", example = "{\"ru\": \"АСЕАН\", \"vi\": \"ASEAN\"}") Map<String, String> renderings,
        @Schema(types = {"string", "null"}, example = "Association of Southeast Asian Nations") String note,
        @Schema(description = "Kept verbatim in every translation.", example = "false") boolean doNotTranslate,
        @Schema(description = "Matched only with the same letter case.", example = "true") boolean caseSensitive,
        @Schema(description = "The concept's other terms per language with their standing (from TBX administrativeStatus).") List<GlossaryVariantView> variants) {

    static GlossaryTermView of(GlossaryTerm t) {
        return new GlossaryTermView(t.id(), t.sourceLang(), t.term(), new TreeMap<>(t.renderings()), t.note(), t.doNotTranslate(), t.caseSensitive(),
                t.variants().stream().map(GlossaryVariantView::of).toList());
    }
}
