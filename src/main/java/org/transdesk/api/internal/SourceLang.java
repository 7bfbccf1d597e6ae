package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents a {@code sourceLang} query parameter: the language of the glossary or memory, default en. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(description = "Source language (BCP 47) of the glossary or memory.", schema = @Schema(type = "string", defaultValue = "en", example = "en"))
@interface SourceLang {
}
