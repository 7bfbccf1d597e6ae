package org.transdesk.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks real exchanges against the served OpenAPI description with Atlassian's
 * openapi-request-validator: the status must be one the operation documents, and headers and body
 * must match what it documents for that status (unknown JSON fields included). Also records which
 * operation answered which status, so a test can require every operation to be covered.
 */
final class ContractCheck {

    /** One operation of the document: method and path template. */
    record Operation(String method, String template, String operationId, Pattern pattern, JsonNode node) {
    }

    private final OpenApiInteractionValidator validator;
    private final List<Operation> operations = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Set<Integer>> answered = new TreeMap<>();
    private int checked;

    ContractCheck(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        ApiClient.JSON.readTree(document).get("paths").forEachEntry((template, item) -> item.forEachEntry((method, operation) -> {
            Pattern pattern = Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+"));
            operations.add(new Operation(method.toUpperCase(), template, operation.get("operationId").asString(), pattern, operation));
        }));
    }

    List<Operation> operations() {
        return operations;
    }

    /** The documented operation a request goes to, if any. Literal path segments win over templated ones. */
    Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .min(java.util.Comparator.comparingInt(o -> o.template().split("\\{").length));
    }

    /**
     * Validates the response against the document, and the request too when {@code requestValid}
     * (requests built to be wrong are checked for their answer only). Answers whether it conformed.
     */
    boolean check(HttpResponse<String> response, byte[] requestBody, boolean requestValid) {
        HttpRequest sent = response.request();
        String path = sent.uri().getRawPath();
        Optional<Operation> operation = operation(sent.method(), path);
        if (operation.isEmpty()) {
            violations.add(sent.method() + " " + path + ": no such operation in the document");
            return false;
        }
        checked++;
        answered.computeIfAbsent(operation.get().operationId(), k -> new TreeSet<>()).add(response.statusCode());
        SimpleResponse.Builder answer = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        Request request = request(sent, requestBody);
        ValidationReport report = requestValid && !isMultipart(sent)
                ? validator.validate(request, answer.build())
                : validator.validateResponse(path, Request.Method.valueOf(sent.method()), answer.build());
        if (report.hasErrors()) {
            violations.add(sent.method() + " " + sent.uri().getRawPath() + (sent.uri().getRawQuery() == null ? "" : "?" + sent.uri().getRawQuery())
                    + " -> " + response.statusCode() + ": " + report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).map(ValidationReport.Message::toString).toList()
                    + " body: " + abbreviate(response.body()));
            return false;
        }
        return true;
    }

    private static boolean isMultipart(HttpRequest sent) {
        return sent.headers().firstValue("Content-Type").orElse("").startsWith("multipart/");
    }

    private static Request request(HttpRequest sent, byte[] body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), sent.uri().getRawPath());
        sent.headers().map().forEach((name, values) -> request.withHeader(name, values));
        String query = sent.uri().getRawQuery();
        if (query != null) {
            Map<String, List<String>> params = new TreeMap<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            params.forEach(request::withQueryParam);
        }
        if (body != null && body.length > 0) {
            request.withBody(body);
        }
        return request.build();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    List<String> violations() {
        return violations;
    }

    int checked() {
        return checked;
    }

    /** Statuses seen per operation id. */
    Map<String, Set<Integer>> answered() {
        return answered;
    }
}
