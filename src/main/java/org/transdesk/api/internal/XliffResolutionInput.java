package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.transdesk.export.XliffResolution;

/** The choice for one conflicting paragraph of an XLIFF import. */
@Schema(name = "XliffResolution", description = "For one CONFLICT unit: keep the text HERE, take the FILE's, or a MERGED text.",
        requiredProperties = {"position", "choice"})
record XliffResolutionInput(
        @Schema(example = "3") int position,
        @Schema(example = "MERGED") XliffResolution.Choice choice,
        @Schema(types = {"string", "null"}, description = "The merged text; only for MERGED.", example = "Hai bên đã cùng cam kết hợp tác.") String text) {

    XliffResolution resolution() {
        return new XliffResolution(position, choice, text);
    }
}
