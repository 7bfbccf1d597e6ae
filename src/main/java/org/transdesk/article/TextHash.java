package org.transdesk.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of an article's text for duplicate detection: SHA-256 of its title and paragraphs,
 * case kept, whitespace collapsed. The date is left out: the same text imported with and without a
 * date line is the same article. (The body alone is too little: short wire items share one-line bodies.)
 */
final class TextHash {

    private TextHash() {
    }

    static String of(String title, List<String> paragraphs) {
        StringBuilder text = new StringBuilder(title.strip().replaceAll("\\s+", " ")).append('\n');
        for (String p : paragraphs) {
            text.append(p.strip().replaceAll("\\s+", " ")).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
