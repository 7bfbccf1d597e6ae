package org.transdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.transdesk.llm.OfflineSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** Offline extractive summaries of a JSONL file of articles; no Spring context, no database, no network. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Summarises articles with the offline extractive summariser (whole sentences of the article).",
                "Input rows: {\"id\", \"article\"[, \"lang\"]}, article as one string (lines = paragraphs) or an array of paragraphs.",
                "Output rows: {\"id\", \"summary\"}; a bad row gives {\"id\", \"line\", \"error\"} and a message on stderr."})
final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "JSONL input, UTF-8")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSONL output (- for stdout)")
    String out;

    @Option(names = "--words", defaultValue = "60", paramLabel = "N", description = "word budget per summary (default: ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "L",
            description = "language of rows without \"lang\", e.g. en, vi, ru (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--max-row-chars", defaultValue = "1048576", paramLabel = "N",
            description = "longest input row in characters; a longer row is reported as bad without being read whole (default: ${DEFAULT-VALUE})")
    int maxRowChars;

    private final OfflineSummarizer summarizer = new OfflineSummarizer();

    @Override
    public Integer call() {
        if (words < 1) {
            throw new ParameterException(spec.commandLine(), "--words must be at least 1, got " + words);
        }
        if (maxRowChars < 1) {
            throw new ParameterException(spec.commandLine(), "--max-row-chars must be at least 1, got " + maxRowChars);
        }
        var err = spec.commandLine().getErr();
        JsonlBatch.Result result = JsonlBatch.run("summarize", in, out, err, maxRowChars, this::summarize);
        err.printf("summarize: %d rows, %d bad, %d ms -> %s%n", result.rows(), result.badRows(), result.millis(), out);
        return result.badRows() > 0 ? TransdeskCli.BAD_INPUT : TransdeskCli.OK;
    }

    private ObjectNode summarize(ObjectNode row) {
        var id = JsonRows.id(row);
        String language = JsonRows.string(row, "lang", lang);
        List<String> paragraphs = JsonRows.paragraphs(row, "article").stream()
                .flatMap(p -> Arrays.stream(p.split("\\R")))
                .toList();
        if (paragraphs.stream().allMatch(String::isBlank)) {
            throw new BadRowException("\"article\" is empty");
        }
        ObjectNode result = JsonRows.JSON.createObjectNode();
        result.set("id", id);
        result.put("summary", String.join(" ", summarizer.summarize(paragraphs, language, words)));
        return result;
    }
}
