package org.transdesk.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
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
 * Memory is bounded: a line longer than the limit is skipped as it is read, never held whole, and
 * handed on as {@linkplain Line#tooLong() too long} so the caller can report it.
 */
final class TextLines {

    /** A non-blank line; {@code text} is null when the line was longer than the limit. */
    record Line(int number, String text) {

        boolean tooLong() {
            return text == null;
        }
    }

    private TextLines() {
    }

    /**
     * Calls {@code handler} for every non-blank line, numbered from 1 (lines end at LF, CR or CRLF);
     * a line of more than {@code maxLineChars} characters is passed as too long. Returns how many lines there were.
     */
    static int forEach(Path file, int maxLineChars, Consumer<Line> handler) {
        requireReadableFile(file);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[8192];
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            boolean afterCr = false;
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n' && afterCr) {
                        afterCr = false;
                        continue;
                    }
                    afterCr = c == '\r';
                    if (c == '\n' || c == '\r') {
                        deliver(file, ++number, line, tooLong, handler);
                        line.setLength(0);
                        tooLong = false;
                    } else if (c == '\0') {
                        throw new BadInputException(file + " looks binary (NUL byte on line " + (number + 1) + "): expected UTF-8 text");
                    } else if (!tooLong) {
                        if (line.length() == maxLineChars) {
                            tooLong = true;
                            line.setLength(0);
                        } else {
                            line.append(c);
                        }
                    }
                }
            }
            if (!line.isEmpty() || tooLong) {
                deliver(file, ++number, line, tooLong, handler);
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + " is not UTF-8 text (bad bytes on line " + (number + 1) + "); binary file?");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return number;
    }

    private static void deliver(Path file, int number, StringBuilder line, boolean tooLong, Consumer<Line> handler) {
        if (tooLong) {
            handler.accept(new Line(number, null));
            return;
        }
        String text = number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line.toString();
        if (!text.isBlank()) {
            handler.accept(new Line(number, text));
        }
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
