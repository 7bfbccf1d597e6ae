package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.transdesk.export.XliffImportResult;

/** What an XLIFF import changed. */
@Schema(name = "XliffImport", description = "What the import changed: each listed paragraph (0 = headline) got a new draft revision, "
        + "except those kept here.")
record XliffImportView(
        @Schema(example = "42") long articleId,
        @Schema(description = "Output key of a translation (one of GET /api/v1/outputs).", example = "vi") String output,
        @Schema(example = "7") long draftId,
        @Schema(description = "Taken from the file (changed only there).", example = "[1, 4]") List<Integer> fromFile,
        @Schema(description = "Conflicts resolved with the file's or a merged text.", example = "[3]") List<Integer> resolved,
        @Schema(description = "Kept as they are here (changed only here, or the editor kept them).", example = "[2]") List<Integer> keptHere) {

    static XliffImportView of(XliffImportResult r) {
        return new XliffImportView(r.articleId(), r.output().key(), r.draftId(), r.fromFile(), r.resolved(), r.keptHere());
    }
}
