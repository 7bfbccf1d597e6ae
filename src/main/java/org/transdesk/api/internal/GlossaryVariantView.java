package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.transdesk.memory.GlossaryTerm;
import org.transdesk.memory.TermStatus;

/** Another term of the concept in a language, with its standing (TBX administrativeStatus), as the API answers and takes it. */
@Schema(name = "GlossaryVariant", description = "Another term of the concept in a language (the source language too), with its standing: "
        + "ADMITTED may be used; DEPRECATED, SUPERSEDED and FORBIDDEN must not be, and QA reports them where a translation uses them.",
        requiredProperties = {"lang", "text", "status"})
record GlossaryVariantView(
        @Schema(description = "Language of this term (BCP 47).", example = "ru") String lang,
        @Schema(maxLength = 500, example = "Ассоциация государств Юго-Восточной Азии") String text,
        @Schema(example = "DEPRECATED") TermStatus status) {

    static GlossaryVariantView of(GlossaryTerm.Variant v) {
        return new GlossaryVariantView(v.lang(), v.text(), v.status());
    }

    GlossaryTerm.Variant variant() {
        if (text == null || status == null) {
            throw new ApiBadRequestException("Each variant needs \"lang\", \"text\" and \"status\" (ADMITTED, DEPRECATED, SUPERSEDED or FORBIDDEN).");
        }
        return new GlossaryTerm.Variant(Languages.require("variants.lang", lang), org.transdesk.base.CleanText.of(text), status);
    }
}
