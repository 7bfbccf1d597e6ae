package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.transdesk.memory.TranslationMemory;

/** How a TMX import went: re-importing the same file adds nothing, and says so. */
@Schema(name = "MemoryImport", description = "How a TMX import went. A pair the memory already has is updated when the file's change date "
        + "is later, else left alone: importing the same file again adds nothing.")
record MemoryImportView(
        @Schema(description = "Pairs added (the same as `added`, as other imports name it).", example = "12") int imported,
        @Schema(description = "Pairs new to the memory.", example = "12") int added,
        @Schema(description = "Pairs already stored, updated because the file's were newer.", example = "0") int updated,
        @Schema(description = "Pairs already stored as they are.", example = "3") int unchanged) {

    static MemoryImportView of(TranslationMemory.MemoryImport result) {
        return new MemoryImportView(result.added(), result.added(), result.updated(), result.unchanged());
    }
}
