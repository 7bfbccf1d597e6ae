package org.transdesk.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The fingerprint of an article's body for duplicate detection: SHA-256 of its paragraphs, whitespace collapsed. */
final class TextHash {

    private TextHash() {
    }

    static String of(List<String> paragraphs) {
        StringBuilder text = new StringBuilder();
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
