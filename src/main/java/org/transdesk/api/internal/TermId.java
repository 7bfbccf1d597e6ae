package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents a glossary term's {@code {id}} path variable. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(description = "The term's id (from the term list or the create answer's Location).", schema = @Schema(type = "integer", format = "int64", example = "3"))
@interface TermId {
}
