package org.transdesk.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.transdesk.inline.TaggedText;

/**
 * The lookup key of a source text: SHA-256 of its normalised form (NFC, typographic quotes and
 * dashes folded, whitespace collapsed), so an exact match survives cosmetic differences only.
 */
public final class TextKey {

    private TextKey() {
    }

    /** Also drops inline-code placeholders ({@code ⟦1⟧bold⟦/1⟧} keys as {@code bold}): formatting is not what is matched. */
    public static String normalise(String text) {
        return Normalizer.normalize(TaggedText.withoutPlaceholders(text), Normalizer.Form.NFC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[\\s\u00A0]+", " ")
                .strip();
    }

    public static String of(String text) {
        return sha256(normalise(text));
    }

    /**
     * The key of a target text, which tells one learned pair from another: exact but for Unicode
     * normalisation and spacing, so a target retyped with other quotes or dashes is a different pair.
     */
    public static String ofTarget(String text) {
        return sha256(Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\u00A0]+", " ").strip());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
