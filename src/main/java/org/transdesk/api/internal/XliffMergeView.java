package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.transdesk.export.XliffMerge;

/** What importing an XLIFF file would do, per unit. */
@Schema(name = "XliffMerge", description = "A three-way merge per unit of the text as exported (base), the file's target (file) and the draft "
        + "now (here): changed only in the file → applied; only here → kept; in both, differently → a CONFLICT to resolve.")
record XliffMergeView(
        @Schema(example = "42") long articleId,
        @Schema(example = "ASEAN and Russia mark 30 years") String articleTitle,
        @Schema(description = "Output key of a translation (one of GET /api/v1/outputs).", example = "vi") String output,
        @Schema(description = "XLIFF version of the file.", example = "2.0") String xliffVersion,
        @Schema(description = "The approved version the file was exported from.", example = "1") int baseVersion,
        @Schema(description = "FILE: named in the file; EXPORT_RECORD: matched by Transdesk's record of XLIFF exports.", example = "FILE")
        XliffMerge.BaseFrom baseFrom,
        List<Unit> units) {

    @Schema(name = "XliffMergeUnit")
    record Unit(
            @Schema(example = "s3") String id,
            @Schema(description = "Paragraph position (0 = headline).", example = "3") int position,
            @Schema(example = "CONFLICT") XliffMerge.Outcome outcome,
            @Schema(types = {"string", "null"}, example = "Hai bên cam kết hợp tác.") String base,
            @Schema(types = {"string", "null"}, example = "Hai bên đã cam kết hợp tác.") String file,
            @Schema(types = {"string", "null"}, example = "Hai bên cùng cam kết hợp tác.") String here,
            @Schema(description = "The draft revision the merge was computed against.", example = "2") int hereRevision) {
    }

    static XliffMergeView of(XliffMerge m) {
        return new XliffMergeView(m.articleId(), m.articleTitle(), m.output().key(), m.xliffVersion(), m.baseVersion(), m.baseFrom(),
                m.units().stream().map(u -> new Unit(u.id(), u.position(), u.outcome(), u.base(), u.file(), u.here(), u.hereRevision())).toList());
    }
}
