package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the XLIFF request body of a preview: the file raw, or as a multipart upload. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(required = true, content = {
        @Content(mediaType = XliffApi.XLIFF, schema = @Schema(type = "string")),
        @Content(mediaType = "application/xml", schema = @Schema(type = "string")),
        @Content(mediaType = "text/xml", schema = @Schema(type = "string")),
        @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = FileUpload.Form.class))})
@interface XliffBody {
}
