package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Property: whatever request a client sends under /api/, the answer is never a server error, every
 * error is a problem document, and every answer of a documented operation is one the description
 * documents (status, headers, body). Requests are generated from the served OpenAPI description:
 * its paths and methods (and methods it does not list), path and query parameters from their
 * schemas (valid, boundary and hostile values), bodies for each documented content type and for
 * others (valid samples, mutations, random JSON, random bytes), Accept headers and tokens of every
 * kind (editor, reviewer, none, unknown, revoked, another scheme).
 *
 * <p>Seeded and bounded: {@code -Dapi.fuzz.seed=N} and {@code -Dapi.fuzz.requests=N} (default
 * 1,200 requests, stopped at 45 s); a failure names the seed and the request. Written with a
 * seeded generator rather than jqwik: jqwik 1.10 runs on the JUnit Platform 1.x only (this build
 * runs Platform 6) and its authors ask that it not be used by AI coding agents.
 */
@ApiHttpTest
class ApiFuzzTest {

    private static final long SEED = Long.getLong("api.fuzz.seed", 20261202L);
    private static final int REQUESTS = Integer.getInteger("api.fuzz.requests", 1200);
    private static final long TIME_LIMIT_MS = Long.getLong("api.fuzz.millis", 45_000L);
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;

    ApiClient api;
    ContractCheck contract;
    JsonNode document;
    String editor;
    String reviewer;
    String revoked;
    final List<Long> articleIds = new ArrayList<>();
    final List<Long> termIds = new ArrayList<>();
    String xliffSample;
    String tbxSample;
    String tmxSample;

    @BeforeAll
    void setUp() throws Exception {
        api = new ApiClient(port);
        String served = api.get("/api/v1/openapi.json", null).body();
        contract = new ContractCheck(served);
        document = ApiClient.JSON.readTree(served);
        editor = ApiClient.token(tokens, "editor", "ROLE_EDITOR");
        reviewer = ApiClient.token(tokens, "reviewer", "ROLE_REVIEWER");
        revoked = ApiClient.as("editor", "ROLE_EDITOR", () -> {
            CreatedApiToken old = tokens.create("fuzz revoked");
            tokens.revoke(old.token().id());
            return old.secret();
        });
        api.send("POST", "/api/v1/memory/tmx", reviewer, "application/x-tmx+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en"
                  srclang="en" datatype="plaintext"/><body>
                  <tu><tuv xml:lang="en"><seg>The summit closed with a joint statement.</seg></tuv>
                      <tuv xml:lang="vi"><seg>Hội nghị bế mạc với một tuyên bố chung.</seg></tuv></tu>
                </body></tmx>""");
        long approved = api.importArticle(editor, "date 2021-04-15 Fuzz approved story\nThe summit closed with a joint statement.\nTalks resume in May.");
        api.approve(editor, reviewer, approved, "vi");
        articleIds.add(approved);
        articleIds.add(api.importArticle(editor, "Fuzz fresh story\nA paragraph nobody drafted."));
        xliffSample = api.get("/api/v1/articles/" + approved + "/outputs/vi/xliff", editor).body();
        tbxSample = api.get("/api/v1/glossary/tbx", editor).body();
        tmxSample = api.get("/api/v1/memory/tmx", editor).body();
        termIds.add(ApiClient.json(api.send("POST", "/api/v1/glossary/terms", reviewer, "application/json",
                "{\"term\": \"Fuzz Council\", \"renderings\": {\"vi\": \"Hội đồng Fuzz\"}}")).get("id").asLong());
    }

    /** One generated request. */
    record Call(String method, String path, String token, String contentType, byte[] body, String accept) {

        @Override
        public String toString() {
            return method + " " + path + " token=" + (token == null ? "none" : token.length() > 12 ? token.substring(0, 12) + "…" : token)
                    + " type=" + contentType + " accept=" + accept + " body=" + (body == null ? "none"
                    : body.length + " bytes " + abbreviate(new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void no_request_gets_a_server_error_or_an_error_that_is_not_a_problem_or_an_answer_the_description_does_not_list() throws Exception {
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.currentTimeMillis();
        int sent = 0;
        while (sent < REQUESTS && System.currentTimeMillis() - start < TIME_LIMIT_MS) {
            Call call = call(random);
            HttpResponse<String> response;
            try {
                response = api.send(call.method(), call.path(), call.token(), call.contentType(), call.body(),
                        call.accept() == null ? new String[0] : new String[] {"Accept", call.accept()});
            } catch (IllegalArgumentException unsendable) {
                continue; // a header or address the client library itself refuses to send: not a request
            }
            sent++;
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = judge(call, response);
            if (problem != null) {
                failures.add("#" + sent + " " + call + " -> " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                        + " " + abbreviate(response.body()) + ": " + problem);
            }
        }
        System.out.printf("API fuzz: seed %d, %d requests in %d ms, statuses %s, %d failures%n", SEED, sent,
                System.currentTimeMillis() - start, statuses, failures.size());
        failures.stream().limit(40).forEach(f -> System.out.println("API fuzz failure " + f));
        assertThat(sent).as("requests sent").isGreaterThanOrEqualTo(Math.min(REQUESTS, 200));
        assertThat(failures).as("seed %d", SEED).isEmpty();
    }

    /** Why the answer is wrong, or null when it is right. */
    private String judge(Call call, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                return "an error that is not a problem document";
            }
            if (!call.method().equals("HEAD")) {
                JsonNode body;
                try {
                    body = ApiClient.json(response);
                } catch (RuntimeException e) {
                    return "a problem document that is not JSON";
                }
                if (body.path("status").asInt() != status || !body.path("title").isString() || !body.path("type").isString()) {
                    return "a problem document without the right status, title and type";
                }
            }
        }
        if (status >= 300 && status < 400) {
            return "a redirect";
        }
        String path = response.request().uri().getRawPath();
        if (contract.operation(call.method(), path).isPresent()) {
            int before = contract.violations().size();
            if (!contract.check(response, call.body(), false)) {
                return "breaks the description: " + contract.violations().get(before);
            }
        }
        return null;
    }

    private Call call(Random random) {
        List<ContractCheck.Operation> operations = contract.operations();
        ContractCheck.Operation operation = operations.get(random.nextInt(operations.size()));
        String method = random.nextInt(10) == 0 ? METHODS.get(random.nextInt(METHODS.size())) : operation.method();
        String path = random.nextInt(25) == 0 ? "/api/v1/" + segment(random) : path(random, operation);
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.node().path("parameters")) {
            if (parameter.path("in").asString().equals("query") && random.nextInt(10) < 7) {
                appendQuery(query, parameter.path("name").asString(), value(random, parameter.path("schema"), parameter.path("name").asString()));
            }
        }
        if (random.nextInt(12) == 0) {
            appendQuery(query, pick(random, "limit", "cursor", "format", "sourceLang", "x", "search"), pick(random, "-1", "", "0", "%", "ÿ", "a b"));
        }
        String contentType = null;
        byte[] body = null;
        JsonNode content = operation.node().path("requestBody").path("content");
        if (!content.isMissingNode() || random.nextInt(8) == 0) {
            List<String> documented = new ArrayList<>();
            content.forEachEntry((name, media) -> documented.add(name));
            contentType = documented.isEmpty() || random.nextInt(5) == 0
                    ? pick(random, "application/json", "text/plain", "application/xml", "text/csv", "multipart/form-data; boundary=zz",
                    "application/octet-stream", "text/plain; charset=nonsense", "application/x-www-form-urlencoded", null)
                    : documented.get(random.nextInt(documented.size()));
            body = body(random, contentType, content.path(contentType == null ? "" : contentType).path("schema"));
        }
        String accept = random.nextInt(4) == 0
                ? pick(random, "*/*", "application/json", "application/xml", "text/html", "application/problem+json", "text/csv, */*;q=0.1", "image/png")
                : null;
        return new Call(method, path + query, token(random), contentType, body, accept);
    }

    private String token(Random random) {
        int roll = random.nextInt(20);
        return switch (roll) {
            case 0, 1 -> null;
            case 2 -> "tdk_" + segment(random);
            case 3 -> revoked;
            case 4 -> "";
            default -> roll < 12 ? editor : reviewer;
        };
    }

    private String path(Random random, ContractCheck.Operation operation) {
        String path = operation.template();
        if (path.contains("{id}")) {
            List<Long> pool = path.startsWith("/api/v1/glossary") ? termIds : articleIds;
            String id = random.nextInt(4) == 0 ? pick(random, "0", "-1", "999999", "abc", "1.5", "99999999999999999999", "%20", "1;x", "%00", "1%2F2", "%E2%80%AE")
                    : String.valueOf(pool.get(random.nextInt(pool.size())));
            path = path.replace("{id}", id);
        }
        if (path.contains("{output}")) {
            path = path.replace("{output}", random.nextInt(5) == 0 ? segment(random) : pick(random, "vi", "ru", "summary"));
        }
        return path;
    }

    private static String segment(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> pick(random, "fr", "VI", "articles", "..", "%2e%2e", "openapi.json", "x;y", "%25", "a%2Fb", "%C3%A9");
            case 1 -> String.valueOf(random.nextLong());
            default -> URLEncoder.encode(text(random, 1 + random.nextInt(12)), StandardCharsets.UTF_8).replace("+", "%20");
        };
    }

    private void appendQuery(StringBuilder query, String name, String value) {
        query.append(query.isEmpty() ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** A parameter value: mostly what its schema allows, sometimes at or past its bounds, sometimes anything. */
    private String value(Random random, JsonNode schema, String name) {
        if (random.nextInt(6) == 0) {
            return pick(random, "", "-1", "0", "abc", "99999999999", "%", "_", "<x>", "\u0000", "ÿ", "a".repeat(300), "null", "true");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asString();
        }
        return switch (schema.path("type").asString("string")) {
            case "integer" -> String.valueOf(schema.has("maximum") ? random.nextInt(schema.get("maximum").asInt() + 2) - 1 : random.nextInt(1000));
            default -> switch (name) {
                case "sourceLang", "targetLang" -> pick(random, "en", "vi", "ru", "EN", "vi-VN", "pt_BR", "xx", "en-x-private-use-too-long", "1");
                case "format" -> pick(random, "md", "txt", "html", "docx", "xlf", "tmx", "json", "xliff", "pdf");
                case "cursor" -> pick(random, "MTcz", "", "!!", java.util.Base64.getUrlEncoder().encodeToString(text(random, 20).getBytes(StandardCharsets.UTF_8)));
                default -> text(random, random.nextInt(40));
            };
        };
    }

    private byte[] body(Random random, String contentType, JsonNode schema) {
        String type = contentType == null ? "" : contentType;
        int roll = random.nextInt(10);
        if (roll == 0) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            return bytes;
        }
        if (roll == 1) {
            return new byte[0];
        }
        String text;
        if (type.startsWith("multipart/form-data")) {
            String boundary = type.contains("boundary=") ? type.substring(type.indexOf("boundary=") + 9) : "zz";
            String part = random.nextBoolean() ? "file" : pick(random, "other", "resolutions", "");
            text = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + pick(random, "a.txt", "a.md", "a.tmx",
                    "a.xlf", "a.docx", "a.zip", "") + "\"\r\nContent-Type: text/plain\r\n\r\n" + sample(random) + "\r\n"
                    + (random.nextBoolean() ? "--" + boundary + "--\r\n" : "");
        } else if (type.startsWith("application/json")) {
            text = random.nextInt(3) == 0 ? pick(random, "{", "[]", "null", "1", "\"x\"", "{\"term\": 5}", "{\"renderings\": {\"vi\": null}}")
                    : ApiClient.JSON.writeValueAsString(json(random, schema, 0));
        } else {
            text = random.nextInt(3) == 0 ? text(random, random.nextInt(200)) : mutate(random, sample(random));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON value for a schema: mostly its shape, sometimes another type. */
    private Object json(Random random, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return json(random, document.path("components").path("schemas").path(name), depth);
        }
        if (depth > 3 || random.nextInt(12) == 0) {
            return pick(random, (Object) null, 7, "x", true, List.of(), Map.of());
        }
        JsonNode type = schema.path("type");
        String kind = type.isArray() ? type.get(random.nextInt(type.size())).asString() : type.asString("object");
        return switch (kind) {
            case "object" -> {
                Map<String, Object> object = new TreeMap<>();
                schema.path("properties").forEachEntry((name, property) -> {
                    if (random.nextInt(5) > 0) {
                        object.put(name, json(random, property, depth + 1));
                    }
                });
                if (schema.has("additionalProperties") || random.nextInt(10) == 0) {
                    object.put(pick(random, "vi", "ru", "", "x".repeat(20), "zz"), json(random, schema.path("additionalProperties"), depth + 1));
                }
                yield object;
            }
            case "array" -> {
                List<Object> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(json(random, schema.path("items"), depth + 1));
                }
                yield items;
            }
            case "integer" -> pick(random, 0, 1, -1, 3, Integer.MAX_VALUE, Long.MAX_VALUE);
            case "boolean" -> random.nextBoolean();
            case "null" -> null;
            default -> schema.has("enum") ? schema.get("enum").get(random.nextInt(schema.get("enum").size())).asString()
                    : pick(random, text(random, random.nextInt(30)), "", "x".repeat(600), "HERE", "FILE", "MERGED");
        };
    }

    private String sample(Random random) {
        return pick(random, xliffSample, tbxSample, tmxSample, "term,vi,ru\nFuzz,Fuzz vi,Fuzz ru\n", "term;vi\n\"open;x\n",
                "date 2021-04-15 Fuzz import\nA paragraph.", "Fuzz title only", "<tmx><body><tu>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
    }

    /** The text with a slice cut out, or characters swapped in. */
    private static String mutate(Random random, String text) {
        if (text.isEmpty() || random.nextBoolean()) {
            return text;
        }
        int at = random.nextInt(text.length());
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + pick(random, "<", "&", "\u0000", "]]>", "\"", "\uD800") + text.substring(at);
            default -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40)));
        };
    }

    private static String text(Random random, int length) {
        String alphabet = "abcXYZ 09-_.,;:'\"<>&%/\\?#[]{}éđỹЖж中\t\n\u00a0\u200b";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
