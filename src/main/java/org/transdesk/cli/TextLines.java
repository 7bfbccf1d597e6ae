package org.transdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams the lines of a UTF-8 text file. Decoding is strict: a binary or mis-encoded file stops the
 * whole run (the caller writes nothing) instead of turning into rows of replacement characters.
 */
final class TextLines {

    record Line(int number, String text) {
    }

    private TextLines() {
    }

    /** Calls {@code handler} for every non-blank line, numbered from 1; returns how many lines there were. */
    static int forEach(Path file, Consumer<Line> handler) {
        requireReadableFile(file);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.indexOf('\0') >= 0) {
                    throw new BadInputException(file + " looks binary (NUL byte on line " + number + "): expected UTF-8 text");
                }
                if (!text.isBlank()) {
                    handler.accept(new Line(number, text));
                }
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + " is not UTF-8 text (bad bytes on line " + (number + 1) + "); binary file?");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return number;
    }

    static void requireReadableFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + " is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException("cannot read " + file + ": " + (Files.exists(file) ? "permission denied" : "no such file"));
        }
    }

    /** Reads a whole (small) file strictly as UTF-8 bytes, for formats parsed as a whole. */
    static byte[] readAll(Path file) {
        requireReadableFile(file);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
