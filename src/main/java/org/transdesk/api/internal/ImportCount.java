package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many entries an import added or replaced. */
@Schema(description = "How many entries the import added or replaced.")
record ImportCount(@Schema(example = "12") int imported) {
}
