package org.transdesk.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading one JSONL row and its fields, with messages that say what is wrong with the row. */
final class JsonRows {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRows() {
    }

    static ObjectNode parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BadRowException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRowException("expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        return (ObjectNode) node;
    }

    /** The row's id (string or number), required so output rows can be matched to input rows. */
    static JsonNode id(ObjectNode row) {
        JsonNode id = row.get("id");
        if (id == null || !(id.isString() || id.isNumber())) {
            throw new BadRowException("missing \"id\" (a string or number)");
        }
        return id;
    }

    /** A text field given as one string or as an array of paragraph strings. */
    static List<String> paragraphs(ObjectNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull()) {
            throw new BadRowException("missing \"" + field + "\"");
        }
        if (value.isString()) {
            return List.of(value.asString());
        }
        if (value.isArray()) {
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isString()) {
                    throw new BadRowException("\"" + field + "\" must hold strings only");
                }
                paragraphs.add(item.asString());
            }
            return paragraphs;
        }
        throw new BadRowException("\"" + field + "\" must be a string or an array of strings");
    }

    /** An optional string field, or {@code fallback}. */
    static String string(ObjectNode row, String field, String fallback) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString() || value.asString().isBlank()) {
            throw new BadRowException("\"" + field + "\" must be a non-empty string");
        }
        return value.asString().strip();
    }
}
