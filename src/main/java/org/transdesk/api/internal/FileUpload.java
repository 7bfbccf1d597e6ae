package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The multipart forms the API takes, for its description only: the controllers read the parts themselves. */
final class FileUpload {

    private FileUpload() {
    }

    @Schema(name = "FileUpload", description = "A multipart/form-data upload of one file.", requiredProperties = "file")
    record Form(@Schema(type = "string", format = "binary", description = "The file.") String file) {
    }

    @Schema(name = "XliffUpload", description = "A multipart/form-data upload of an XLIFF file, with the choices for its conflicts.",
            requiredProperties = "file")
    record XliffForm(
            @Schema(type = "string", format = "binary", description = "The XLIFF file.") String file,
            @Schema(description = "A choice per conflicting paragraph (a JSON part, Content-Type application/json).")
            List<XliffResolutionInput> resolutions) {
    }
}
