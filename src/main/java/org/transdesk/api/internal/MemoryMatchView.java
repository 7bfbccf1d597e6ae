package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.transdesk.memory.MemoryMatch;

/** A translation-memory hit. */
@Schema(name = "MemoryMatch", description = "A stored source/target pair and how closely its source matches the text looked up.")
record MemoryMatchView(
        @Schema(example = "Both sides pledged cooperation.") String sourceText,
        @Schema(example = "Hai bên cam kết hợp tác.") String targetText,
        @Schema(description = "100 for an exact match (cosmetic differences aside), else word-level similarity in percent.",
                minimum = "0", maximum = "100", example = "87") int score,
        @Schema(types = {"string", "null"}, description = "Where the pair came from (an approval, a TMX import); null when unrecorded.",
                example = "TMX import desk.tmx") String origin) {

    static MemoryMatchView of(MemoryMatch m) {
        return new MemoryMatchView(m.sourceText(), m.targetText(), m.score(), m.origin());
    }
}
