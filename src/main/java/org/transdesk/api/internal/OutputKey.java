package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents an {@code {output}} path variable: the output keys; any other answers 404. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(description = "Output key as the server is configured (transdesk.outputs): vi, ru and summary by default; a translation is its "
        + "language code (zh), a summary in an edition's language summary-<code> (summary-vi). Any other answers 404.", schema = @Schema(type = "string", example = "vi"))
@interface OutputKey {
}
