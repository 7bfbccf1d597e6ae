package org.transdesk.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.transdesk.base.ProblemDocuments;

/**
 * The OpenAPI description as a client needs it exact: the bearer scheme on every call, every
 * error status a call answers (from {@link ApiProblems}) with the problem-document schema and an
 * example, the fields of answers marked required (all of them are always present; the nullable
 * ones say so in their type), and the server address from {@code transdesk.public-url} rather than
 * from whatever Host header the first caller sent.
 */
@Configuration
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    /** What each error status means on this API, for the description of its response. */
    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(400, "Malformed request: a parameter, cursor or body that cannot be read."),
            Map.entry(401, "No API token, or an unknown or revoked one, or its user is disabled."),
            Map.entry(403, "The token's user lacks the role for this call (approving, and changing the glossary or memory, need REVIEWER)."),
            Map.entry(404, "No such article, output, draft or term."),
            Map.entry(406, "The Accept header rules out every representation this call has."),
            Map.entry(409, "Someone changed it meanwhile: read it again, then retry."),
            Map.entry(413, "The request body is larger than the server accepts."),
            Map.entry(415, "The body's Content-Type is not one this call takes."),
            Map.entry(422, "Understood but refused; the detail says why and what to do."));

    private static final Map<Integer, String> EXAMPLES = Map.ofEntries(
            Map.entry(400, "The value 'abc' of 'id' is not valid: expected a whole number."),
            Map.entry(401, "The API token is invalid or has been revoked."),
            Map.entry(403, "Your role does not allow this (approving, changing the glossary and memory, and reading quality figures need a reviewer's token)."),
            Map.entry(404, "Article 42 does not exist (it may have been removed)."),
            Map.entry(406, "Acceptable representations: [application/json]."),
            Map.entry(409, "ana saved this paragraph while you were editing it. Compare both texts, then keep one or merge them."),
            Map.entry(413, "Maximum upload size exceeded"),
            Map.entry(415, "This call does not take 'application/xml'; send one of [application/json]."),
            Map.entry(422, "1 QA error blocks approval (first: Paragraph 2 is untranslated). Fix them, or approve with a written reason for overriding."));

    @Bean
    OpenAPI transdeskOpenApi(PublicUrl publicUrl) {
        return new OpenAPI()
                .info(new Info().title("Transdesk REST API").version("v1")
                        .description("""
                                For CMS integration: import articles, start and poll drafting, read drafts, approve, fetch approved \
                                outputs in every export format, and keep the glossary and translation memory. Every call needs \
                                `Authorization: Bearer <API token>` (created under API tokens in Transdesk) and acts with the token \
                                user's roles. Every error is an RFC 9457 problem document (`application/problem+json`), including \
                                405 for a method an address does not take and 404 for an address that has no call. Lists are paged \
                                with a cursor and RFC 8288 `Link` headers (`rel="next"`, `rel="first"`)."""))
                .servers(List.of(new Server().url(publicUrl.base().isEmpty() ? "/" : publicUrl.base())
                        .description(publicUrl.base().isEmpty() ? "This server (set transdesk.public-url for an absolute address)" : "Transdesk")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tdk_…")
                                .description("A personal API token from Transdesk's API tokens page; it acts with its owner's roles."))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    private static Schema<Object> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new Schema<>().types(Set.of("string")).description("A URI naming the kind of problem; about:blank when the status says it all.")
                .example("about:blank"));
        properties.put("title", new Schema<>().types(Set.of("string")).description("The status's reason phrase.").example("Not Found"));
        properties.put("status", new Schema<>().types(Set.of("integer")).format("int32").minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)).example(404));
        properties.put("detail", new Schema<>().types(Set.of("string")).description("What went wrong and what to do, for a person.")
                .example("Article 42 does not exist (it may have been removed)."));
        properties.put("instance", new Schema<>().types(Set.of("string")).description("The request path.").example("/api/v1/articles/42"));
        Schema<Object> problem = new Schema<>().types(Set.of("object"))
                .description("An RFC 9457 problem document (application/problem+json).");
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    /** The problem responses of each call, from its {@link ApiProblems}, plus 401 for every call. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            ApiProblems problems = handler.getMethodAnnotation(ApiProblems.class);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            addProblem(responses, 401);
            if (problems != null) {
                for (int status : problems.value()) {
                    addProblem(responses, status);
                }
            }
            operation.setResponses(sorted(responses));
            return operation;
        };
    }

    private static void addProblem(ApiResponses responses, int status) {
        Example example = new Example().value(new TreeMap<>(Map.of("type", "about:blank", "title", ProblemDocuments.title(status), "status", status,
                "detail", EXAMPLES.getOrDefault(status, ProblemDocuments.title(status)), "instance", "/api/v1/articles/42")));
        responses.addApiResponse(String.valueOf(status), new ApiResponse()
                .description(MEANINGS.getOrDefault(status, ProblemDocuments.title(status)))
                .content(new Content().addMediaType(ProblemDocuments.MEDIA_TYPE, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .addExamples(ProblemDocuments.title(status), example))));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses ordered = new ApiResponses();
        new TreeMap<>(responses).forEach(ordered::addApiResponse);
        return ordered;
    }

    /**
     * Every property of a schema that answers carry is required: the API always writes every
     * field, null included, and the nullable ones have "null" among their types. Request bodies
     * keep their own optional fields.
     */
    @Bean
    OpenApiCustomizer answersHaveEveryField() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents() == null ? Map.of() : openApi.getComponents().getSchemas();
            if (schemas == null || openApi.getPaths() == null) {
                return;
            }
            Deque<Schema<?>> toVisit = new ArrayDeque<>();
            for (PathItem path : openApi.getPaths().values()) {
                for (Operation operation : path.readOperations()) {
                    if (operation.getResponses() == null) {
                        continue;
                    }
                    for (ApiResponse response : operation.getResponses().values()) {
                        if (response.getContent() != null) {
                            response.getContent().forEach((type, media) -> {
                                if (media.getSchema() != null && !ProblemDocuments.MEDIA_TYPE.equals(type)) {
                                    toVisit.add(media.getSchema());
                                }
                            });
                        }
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            while (!toVisit.isEmpty()) {
                Schema<?> schema = toVisit.pop();
                if (schema.get$ref() != null) {
                    String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                    Schema<?> target = schemas.get(name);
                    if (target != null && seen.add(name) && !PROBLEM.equals(name)) {
                        if (target.getProperties() != null) {
                            target.setRequired(List.copyOf(target.getProperties().keySet()));
                        }
                        toVisit.add(target);
                    }
                    continue;
                }
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(p -> toVisit.add((Schema<?>) p));
                }
                if (schema.getItems() != null) {
                    toVisit.add(schema.getItems());
                }
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    toVisit.add(values);
                }
                if (schema.getOneOf() != null) {
                    schema.getOneOf().forEach(s -> toVisit.add((Schema<?>) s));
                }
            }
        };
    }
}
