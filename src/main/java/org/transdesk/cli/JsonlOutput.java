package org.transdesk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSONL rows written to a temporary file next to the target and moved into place by {@link #commit()},
 * so a run that stops on unreadable input leaves no half-written output. {@code -} writes to stdout.
 */
final class JsonlOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private JsonlOutput(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    static JsonlOutput open(String out) {
        if ("-".equals(out)) {
            return new JsonlOutput(null, null, new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        }
        Path target = Path.of(out).toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new BadInputException("--out " + out + " is a directory; give a file name");
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            return new JsonlOutput(target, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    void write(ObjectNode row) {
        try {
            writer.write(JsonRows.JSON.writeValueAsString(row));
            writer.write('\n');
        } catch (IOException e) {
            throw new BadInputException("cannot write output: " + e.getMessage(), e);
        }
    }

    void commit() {
        try {
            writer.flush();
            if (temp != null) {
                writer.close();
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new BadInputException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (temp == null) {
            return;
        }
        try {
            writer.close();
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // the temporary file is all that is left; nothing the user can act on
        }
    }
}
