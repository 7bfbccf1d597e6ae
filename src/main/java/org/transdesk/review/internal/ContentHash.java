package org.transdesk.review.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over the segments, each followed by a NUL, so ["ab","c"] and ["a","bc"] differ. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(List<String> segments) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : segments) {
                sha.update(s.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
