package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents an article's {@code {id}} path variable. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(description = "The article's id (from the article list or the import's answer).", schema = @Schema(type = "integer", format = "int64", example = "42"))
@interface ArticleId {
}
