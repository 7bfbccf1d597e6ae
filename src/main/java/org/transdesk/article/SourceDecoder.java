package org.transdesk.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into text, refusing what is not an article: empty, too large, binary, or
 * not UTF-8. Strict decoding (no silent replacement characters) so a mis-encoded file is caught
 * before it becomes a draft full of mojibake.
 */
public final class SourceDecoder {

    private SourceDecoder() {
    }

    public static String decode(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw ArticleImportException.of("refusal.import.file-empty");
        }
        checkSize(bytes.length, maxBytes);
        if (looksBinary(bytes)) {
            throw ArticleImportException.of("refusal.import.binary");
        }
        int offset = startsWithBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw ArticleImportException.of("refusal.import.not-utf8-at", buffer.position());
        } catch (CharacterCodingException e) {
            throw ArticleImportException.of("refusal.import.not-utf8");
        }
    }

    /** Checks pasted text against the same limit as files, counted in UTF-8 bytes. */
    public static void checkText(String text, long maxBytes) {
        if (text == null || text.isBlank()) {
            throw ArticleImportException.of("refusal.import.text-empty");
        }
        checkSize(text.getBytes(StandardCharsets.UTF_8).length, maxBytes);
        if (text.indexOf('\0') >= 0) {
            throw ArticleImportException.of("refusal.import.nul");
        }
    }

    private static void checkSize(long length, long maxBytes) {
        if (length > maxBytes) {
            throw ArticleImportException.of("refusal.import.too-large", humanSize(length), humanSize(maxBytes));
        }
    }

    /** NUL bytes, or many C0 control characters other than tab/CR/LF/FF, mean this is not text. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls > sample / 100 + 1;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
