package org.transdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The loop shared by the JSONL commands: one output row per non-blank input line, in order. A row
 * that cannot be used becomes {@code {"id", "line", "error"}} in the output and a line on stderr;
 * the other rows are still processed.
 */
final class JsonlBatch {

    /** Stderr is for people: after this many bad lines, only a count. */
    private static final int REPORTED_BAD_LINES = 20;
    private static final int PROGRESS_EVERY = 1000;

    record Result(int rows, int badRows, long millis) {
    }

    private JsonlBatch() {
    }

    /** The longest row read, in characters: 1 MiB, the app's own import limit (a longer line is a bad row, not read whole). */
    static final int DEFAULT_MAX_ROW_CHARS = 1_048_576;

    static Result run(String command, Path in, String out, PrintWriter err, Function<ObjectNode, ObjectNode> processRow) {
        return run(command, in, out, err, DEFAULT_MAX_ROW_CHARS, processRow);
    }

    static Result run(String command, Path in, String out, PrintWriter err, int maxRowChars, Function<ObjectNode, ObjectNode> processRow) {
        long start = System.nanoTime();
        int[] rows = {0};
        int[] bad = {0};
        try (JsonlOutput output = JsonlOutput.open(out)) {
            TextLines.forEach(in, maxRowChars, line -> {
                rows[0]++;
                ObjectNode row = null;
                String problem;
                try {
                    if (line.tooLong()) {
                        throw new BadRowException("the row is longer than " + maxRowChars + " characters (--max-row-chars); not read");
                    }
                    row = JsonRows.parse(line.text());
                    output.write(processRow.apply(row));
                    problem = null;
                } catch (BadRowException e) {
                    problem = e.getMessage();
                } catch (RuntimeException e) {
                    // one row the code could not handle must not lose the rows before and after it
                    problem = "could not be processed: " + e;
                }
                if (problem != null) {
                    bad[0]++;
                    if (bad[0] <= REPORTED_BAD_LINES) {
                        err.println(command + ": " + in + ":" + line.number() + ": " + problem);
                    }
                    output.write(errorRow(row, line.number(), problem));
                }
                if (rows[0] % PROGRESS_EVERY == 0) {
                    err.println(command + ": " + rows[0] + " rows");
                }
            });
            output.commit();
        }
        if (bad[0] > REPORTED_BAD_LINES) {
            err.println(command + ": ... " + (bad[0] - REPORTED_BAD_LINES) + " more bad lines not shown");
        }
        return new Result(rows[0], bad[0], (System.nanoTime() - start) / 1_000_000);
    }

    private static ObjectNode errorRow(ObjectNode input, int lineNumber, String message) {
        ObjectNode row = JsonRows.JSON.createObjectNode();
        JsonNode id = input == null ? null : input.get("id");
        if (id != null && (id.isString() || id.isNumber())) {
            row.set("id", id);
        }
        row.put("line", lineNumber);
        row.put("error", message);
        return row;
    }
}
