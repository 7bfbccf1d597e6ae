package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * Provider API keys at rest: AES-GCM with a key the operator gives ({@code TRANSDESK_SECRET_KEY}) or a
 * key file created on first start, owner-only. The key was stored in plain text before.
 */
class SecretCipherTest {

    static final String KEY = "1GAwxq9KhdTY9Q+bbq4zR+BEgnF9bfIHVvIfeJgYnzU=";

    @TempDir
    Path dir;

    /** What SecretCipher logs (read from its logger: a Spring context closed earlier in this JVM may have stopped the console). */
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        logger().addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger().detachAppender(log);
    }

    private static Logger logger() {
        Logger logger = (Logger) LoggerFactory.getLogger(SecretCipher.class);
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        return logger;
    }

    private String output() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void without_an_operator_key_a_key_file_is_created_owner_only_in_a_new_owner_only_directory_and_used_again()
            throws Exception {
        Path data = dir.resolve("data");
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:" + data.resolve("transdesk"));

        SecretCipher first = new SecretCipher(environment);
        Path file = data.resolve("secrets.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String key = entries(file).getProperty("secret-key");
        assertThat(java.util.Base64.getDecoder().decode(key)).hasSize(32);

        String sealed = first.encrypt("sk-file-key-secret", "ctx");
        SecretCipher second = new SecretCipher(environment);
        assertThat(second.decrypt(sealed, "ctx")).isEqualTo("sk-file-key-secret");
        assertThat(entries(file).getProperty("secret-key")).isEqualTo(key);

        assertThat(output()).contains("encrypted with the key in " + file, "created now", "found").doesNotContain(key);
    }

    @Test
    void a_key_file_made_readable_by_others_is_set_back_to_owner_only() throws Exception {
        Path file = dir.resolve("secrets.properties");
        Files.writeString(file, "secret-key=" + KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretCipher cipher = new SecretCipher(new MockEnvironment().withProperty("transdesk.secrets-file", file.toString()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretCipher.withKey(KEY).decrypt(cipher.encrypt("sk-x", "c"), "c")).isEqualTo("sk-x");
    }

    @Test
    void the_operator_key_is_used_and_the_log_names_its_source_never_the_key() throws Exception {
        SecretCipher cipher = new SecretCipher(new MockEnvironment().withProperty("transdesk.secret-key", KEY)
                .withProperty("transdesk.secrets-file", dir.resolve("unused.properties").toString()));

        assertThat(SecretCipher.withKey(KEY).decrypt(cipher.encrypt("sk-operator", "c"), "c")).isEqualTo("sk-operator");
        assertThat(dir.resolve("unused.properties")).doesNotExist();
        assertThat(output()).contains("encrypted with the operator's key (transdesk.secret-key / TRANSDESK_SECRET_KEY)").doesNotContain(KEY);
    }

    @Test
    void values_are_versioned_with_a_random_nonce_and_open_only_with_the_same_key_and_place() throws Exception {
        SecretCipher cipher = SecretCipher.withKey(KEY);
        String a = cipher.encrypt("sk-same-plain-text", "llm_provider.api_key:a");
        String b = cipher.encrypt("sk-same-plain-text", "llm_provider.api_key:a");

        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("sk-same");
        assertThat(SecretCipher.isEncrypted(a)).isTrue();
        assertThat(SecretCipher.isEncrypted("sk-plain-old-key")).isFalse();
        assertThat(cipher.decrypt(b, "llm_provider.api_key:a")).isEqualTo("sk-same-plain-text");
        assertThat(cipher.decrypt("sk-plain-old-key", "x")).isEqualTo("sk-plain-old-key");

        SecretCipher other = SecretCipher.withKey(java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertThatThrownBy(() -> other.decrypt(a, "llm_provider.api_key:a")).isInstanceOf(SecretCipher.UndecryptableException.class)
                .hasMessageContaining("cannot be decrypted");
        assertThatThrownBy(() -> cipher.decrypt(a, "llm_provider.api_key:b")).isInstanceOf(SecretCipher.UndecryptableException.class);
        String tampered = a.substring(0, a.length() - 6) + (a.charAt(a.length() - 6) == 'A' ? 'B' : 'A') + a.substring(a.length() - 5);
        assertThatThrownBy(() -> cipher.decrypt(tampered, "llm_provider.api_key:a")).isInstanceOf(SecretCipher.UndecryptableException.class);
        assertThatThrownBy(() -> cipher.decrypt("v2:AAAA", "c")).isInstanceOf(SecretCipher.UndecryptableException.class)
                .hasMessageContaining("newer format");
    }

    @Test
    void a_malformed_operator_key_stops_the_start_with_a_message_that_does_not_repeat_it() {
        assertThatThrownBy(() -> new SecretCipher(new MockEnvironment().withProperty("transdesk.secret-key", "hunter2-not-base64-32")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transdesk.secret-key").hasMessageContaining("32 random bytes in base64")
                .hasMessageNotContaining("hunter2");
    }

    private static Properties entries(Path file) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
