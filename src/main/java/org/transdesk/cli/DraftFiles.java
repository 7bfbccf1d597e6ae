package org.transdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.transdesk.article.Article;
import org.transdesk.export.MarkdownText;
import org.transdesk.llm.Provenance;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a drafting run: {@code <output>.md} per drafted output and {@code report.json} for machines. */
final class DraftFiles {

    private DraftFiles() {
    }

    static void write(Path folder, DraftingJob.Result result, boolean saved) {
        try {
            Files.createDirectories(folder);
            for (DraftingJob.OutputResult output : result.outputs()) {
                if (output.error() == null) {
                    Files.writeString(folder.resolve(output.output().key() + ".md"), markdown(result.article(), output), StandardCharsets.UTF_8);
                }
            }
            Files.writeString(folder.resolve("report.json"),
                    JsonRows.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report(result, saved)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot write the drafts to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Draft Markdown: front matter saying it is an unreviewed draft, then the headline and paragraphs. */
    static String markdown(Article article, DraftingJob.OutputResult output) {
        Provenance p = output.generated().provenance();
        StringBuilder md = new StringBuilder("---\n")
                .append("lang: ").append(output.language()).append('\n')
                .append("source: ").append(article.slug()).append('\n')
                .append("source_language: ").append(article.sourceLanguage()).append('\n')
                .append("output: ").append(output.output().key()).append('\n')
                .append("status: draft (not reviewed)\n")
                .append("engine: ").append(p.engine()).append('\n');
        if (p.model() != null) {
            md.append("model: ").append(p.model()).append('\n');
        }
        md.append("---\n\n");
        List<String> texts = output.texts();
        if (output.output().isTranslation() && !texts.isEmpty()) {
            md.append("# ").append(MarkdownText.escape(texts.getFirst())).append("\n\n");
            texts.subList(1, texts.size()).forEach(t -> md.append(MarkdownText.escape(t)).append("\n\n"));
        } else {
            md.append("# ").append(MarkdownText.escape(article.title())).append("\n\n");
            md.append(MarkdownText.escape(String.join(" ", texts))).append('\n');
        }
        return md.toString().stripTrailing() + "\n";
    }

    static ObjectNode report(DraftingJob.Result result, boolean saved) {
        Article article = result.article();
        ObjectNode report = JsonRows.JSON.createObjectNode();
        ObjectNode source = report.putObject("article");
        source.put("slug", article.slug());
        source.put("title", article.title());
        source.put("language", article.sourceLanguage());
        source.put("paragraphs", article.paragraphs().size());
        if (article.publishedOn() != null) {
            source.put("date", article.publishedOn().toString());
        }
        report.put("saved", saved);
        if (saved) {
            source.put("id", article.id());
        }
        ArrayNode outputs = report.putArray("outputs");
        for (DraftingJob.OutputResult output : result.outputs()) {
            ObjectNode o = outputs.addObject();
            o.put("output", output.output().key());
            o.put("language", output.language());
            if (output.error() != null) {
                o.put("status", "failed");
                o.put("error", output.error());
                continue;
            }
            o.put("status", "drafted");
            o.put("file", output.output().key() + ".md");
            o.put("segments", output.texts().size());
            Provenance p = output.generated().provenance();
            ObjectNode provenance = o.putObject("provenance");
            provenance.put("engine", p.engine());
            provenance.put("engineLabel", p.engineLabel());
            provenance.put("model", p.model());
            provenance.put("promptVersion", p.promptVersion());
            provenance.put("glossaryVersion", p.glossaryVersion());
            ObjectNode usage = o.putObject("usage");
            usage.put("promptTokens", p.promptTokens());
            usage.put("completionTokens", p.completionTokens());
            usage.put("latencyMs", p.latencyMs());
            usage.put("estimatedCost", p.estimatedCost());
            o.set("qa", FindingsJson.of(output.findings()));
        }
        report.set("consistency", FindingsJson.of(result.consistency()));
        return report;
    }
}
