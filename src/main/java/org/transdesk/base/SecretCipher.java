package org.transdesk.base;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets the app stores in its database (model providers' API keys), so that neither the
 * database file, a dump of it nor a backup holds them in plain text (`strings data/*.mv.db` found the
 * key). AES-256-GCM from the JDK, a random 96-bit nonce per value, and the place the value belongs to
 * (e.g. the provider's id) as associated data, so a value copied to another row does not decrypt.
 * Stored as {@code v1:<base64 of nonce and ciphertext with tag>}: the prefix names the format, so a later
 * format (or key rotation) can be told apart.
 * <p>
 * The key: {@code transdesk.secret-key} (environment {@code TRANSDESK_SECRET_KEY}), 32 random bytes in
 * base64 — the same on every node of a team; otherwise {@code secret-key} in the app's secrets file
 * ({@link SecretsFile}), generated on first start. The log says which, never the key.
 */
@Component
public class SecretCipher {

    public static final String PROPERTY = "transdesk.secret-key";
    static final String FILE_ENTRY = "secret-key";
    static final String PREFIX = "v1:";

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored value that cannot be decrypted with this key: another key, or damaged. */
    public static final class UndecryptableException extends Exception {
        UndecryptableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final SecretKey key;
    private final String source;

    @org.springframework.beans.factory.annotation.Autowired
    SecretCipher(Environment environment) {
        String configured = environment.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            key = key(configured, PROPERTY + " (environment TRANSDESK_SECRET_KEY)");
            source = "the operator's key (" + PROPERTY + " / TRANSDESK_SECRET_KEY)";
            log.info("Stored provider API keys are encrypted with {}", source);
        } else {
            SecretsFile file = SecretsFile.of(environment);
            SecretsFile.Entry entry = file.getOrCreate(FILE_ENTRY, () -> SecretsFile.random(32));
            key = key(entry.value(), FILE_ENTRY + " in " + file.path());
            source = "the key file " + file.path();
            log.info("Stored provider API keys are encrypted with the key in {} ({}; readable by the app's user only)."
                    + " Back it up apart from the database, or give every node the same {} (TRANSDESK_SECRET_KEY): docs/security.md",
                    file.path(), entry.created() ? "created now" : "found", PROPERTY);
        }
    }

    private SecretCipher(SecretKey key, String source) {
        this.key = key;
        this.source = source;
    }

    /** A cipher with the given base64 key, e.g. to check a value against another key. */
    public static SecretCipher withKey(String base64Key) {
        return new SecretCipher(key(base64Key, "the key given"), "the key given");
    }

    /** Where the key came from, for messages (never the key). */
    public String source() {
        return source;
    }

    /** True for a value this class wrote (of any format version); false for plain text stored by an older version. */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.matches("v\\d+:[A-Za-z0-9+/=]+");
    }

    /** {@code plain} encrypted for the place {@code context} (null stays null). */
    public String encrypt(String plain, String context) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** The plain text of a value {@link #encrypt}ed for {@code context}; a value without a format prefix is returned as it is (plain text of an older version). */
    public String decrypt(String stored, String context) throws UndecryptableException {
        if (stored == null || !isEncrypted(stored)) {
            return stored;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new UndecryptableException("the stored value is in a newer format (" + stored.substring(0, stored.indexOf(':'))
                    + ") than this version of the app reads", null);
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new UndecryptableException("the stored value is too short to be an encrypted one", null);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException | IllegalArgumentException e) {
            throw new UndecryptableException("the stored value cannot be decrypted with " + source, e);
        } catch (GeneralSecurityException e) {
            throw new UndecryptableException("the stored value cannot be decrypted: " + e.getClass().getSimpleName(), e);
        }
    }

    /** 32 bytes in base64; anything else stops the start with a message that names the setting, not the value. */
    private static SecretKey key(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must be 32 random bytes in base64 (e.g. the output of `openssl rand -base64 32`);"
                    + " the value given is not");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
