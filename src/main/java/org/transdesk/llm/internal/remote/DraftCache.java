package org.transdesk.llm.internal.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Accepted model translations, so the same paragraph is not paid for twice. The key holds
 * everything that could change the answer: paragraph text (hashed), target language, provider
 * and model, prompt version and glossary version. In memory, least recently used out first.
 */
final class DraftCache {

    record Key(String textHash, String target, String model, String promptVersion, String glossaryVersion) {

        static Key of(String text, String target, String model, String promptVersion, String glossaryVersion) {
            return new Key(sha256(text), target, model, promptVersion, glossaryVersion);
        }
    }

    private final Map<Key, String> entries;

    DraftCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<String> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(Key key, String text) {
        entries.put(key, text);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
