package org.transdesk.export.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.transdesk.article.Article;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.DraftProvenance;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON with the source article, the approved output and its provenance (engine, model, prompt and glossary versions, usage). */
public final class JsonWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonWriter() {
    }

    public static byte[] write(ExportContent content) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "transdesk-export/1");
        root.put("article", article(content.article()));
        root.put("output", output(content));
        root.put("provenance", provenance(content.version().provenance()));
        return JSON.writeValueAsBytes(root);
    }

    private static Map<String, Object> article(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("slug", a.slug());
        m.put("title", a.title());
        m.put("publishedOn", a.publishedOn() == null ? null : a.publishedOn().toString());
        m.put("language", a.sourceLanguage());
        m.put("sourceRevision", a.sourceRevision());
        m.put("paragraphs", a.paragraphs());
        return m;
    }

    private static Map<String, Object> output(ExportContent content) {
        ApprovedVersion v = content.version();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", v.output().key());
        m.put("language", content.language());
        m.put("version", v.number());
        m.put("sourceRevision", v.sourceRevision());
        m.put("approvedBy", v.approvedBy());
        m.put("approvedAt", v.approvedAt().toString());
        m.put("sha256", v.contentHash());
        m.put("overrideReason", v.overrideReason());
        m.put("headline", content.headline());
        m.put("segments", v.segments());
        return m;
    }

    private static Map<String, Object> provenance(DraftProvenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", p.engine());
        m.put("engineLabel", p.engineLabel());
        m.put("model", p.model());
        m.put("promptVersion", p.promptVersion());
        m.put("glossaryVersion", p.glossaryVersion());
        m.put("promptTokens", p.promptTokens());
        m.put("completionTokens", p.completionTokens());
        m.put("latencyMs", p.latencyMs());
        m.put("estimatedCost", p.estimatedCost());
        return m;
    }
}
