package org.transdesk.api.internal;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;

/**
 * The output keys the description names are this server's configured ones ({@code transdesk.outputs}), not the three
 * of the first release: an answer's {@code output} field lists every configured key, an XLIFF one the translations'
 * (XLIFF carries translations only). An answer about an output since dropped from the configuration still carries its
 * key; the enum says what a client should expect today.
 */
@Configuration
class OutputKeysDocumentation {

    /** Schema name (as @Schema(name) gives it) → whether its {@code output} field is any output or a translation only. */
    private static final Map<String, Boolean> OUTPUT_FIELDS = Map.of(
            "DraftView", false, "VersionView", false, "XliffImport", true, "XliffMerge", true);

    @Bean
    OpenApiCustomizer configuredOutputKeys(Outputs outputs) {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            OUTPUT_FIELDS.forEach((name, translationsOnly) -> {
                Schema<?> schema = openApi.getComponents().getSchemas().get(name);
                if (schema == null || schema.getProperties() == null || !(schema.getProperties().get("output") instanceof Schema<?> field)) {
                    return;
                }
                List<String> keys = (translationsOnly ? outputs.translations() : outputs.all()).stream().map(Output::key).toList();
                @SuppressWarnings("unchecked")
                Schema<Object> values = (Schema<Object>) field;
                values.setEnum(List.copyOf(keys));
                values.setExample(keys.getFirst());
            });
        };
    }
}
