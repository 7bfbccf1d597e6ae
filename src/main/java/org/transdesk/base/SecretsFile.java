package org.transdesk.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;

/**
 * The app's own secrets on disk ({@code secrets.properties}): the key provider API keys are encrypted
 * with (unless the operator gives one, {@code TRANSDESK_SECRET_KEY}) and the password of each embedded
 * H2 database the app created. The file is created {@code 0600} in a directory created {@code 0700}
 * (an existing directory keeps its permissions, an existing file is set back to {@code 0600}); an entry
 * is generated once, under a file lock, so two processes starting at once (the app and the command line,
 * two test contexts) agree on it. Where: {@code transdesk.secrets-file}, else beside the embedded H2
 * database, else {@code ./data/secrets.properties}.
 */
final class SecretsFile {

    static final String PROPERTY = "transdesk.secrets-file";
    static final String NAME = "secrets.properties";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    SecretsFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The app's secrets file for this configuration. */
    static SecretsFile of(Environment environment) {
        String configured = environment.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new SecretsFile(Path.of(configured.strip()));
        }
        return new SecretsFile(H2FilePermissions.databaseFile(environment.getProperty("spring.datasource.url"))
                .map(database -> database.resolveSibling(NAME)).orElse(Path.of("data", NAME)));
    }

    Path path() {
        return file;
    }

    /** The entry's value, or empty when the file or the entry does not exist. Never creates anything. */
    java.util.Optional<String> find(String name) {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        synchronized (SecretsFile.class) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ); FileLock lock = channel.lock(0, Long.MAX_VALUE, true)) {
                return java.util.Optional.ofNullable(read(channel).getProperty(name)).filter(v -> !v.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the secrets file " + file, e);
            }
        }
    }

    /** What {@link #getOrCreate} found: the value, and whether it was generated now. */
    record Entry(String value, boolean created) {
    }

    /** The entry's value; when absent, {@code generate}d and written to the file (created owner-only) first. */
    Entry getOrCreate(String name, Supplier<String> generate) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("secrets file entry names are letters, digits, '.', '_' and '-': " + name);
        }
        synchronized (SecretsFile.class) {
            createDirectory(file.getParent());
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
            try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE), attributes);
                 FileLock lock = channel.lock()) {
                if (posix && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                }
                Properties entries = read(channel);
                String value = entries.getProperty(name);
                if (value != null && !value.isBlank()) {
                    return new Entry(value, false);
                }
                String generated = generate.get();
                entries.setProperty(name, generated);
                StringBuilder text = new StringBuilder("""
                        # Transdesk's secrets (docs/security.md): readable by the app's user only. Back this file up apart
                        # from the database: without it, stored provider API keys must be entered again, and an embedded
                        # H2 database created with a generated password cannot be opened.
                        """);
                // written as name=value: names are [A-Za-z0-9._-] and values base64, nothing to escape, so a value can be
                // copied out as it is (sed -n 's/^h2.transdesk.password=//p')
                new TreeMap<>(entries).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.ISO_8859_1)), 0);
                channel.force(true);
                return new Entry(generated, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the secrets file " + file + " (it must be writable by the app's user)", e);
            }
        }
    }

    /** {@code bytes} random bytes in base64: a key ({@code 32}) or a password. */
    static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }

    private static Properties read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 20));
        channel.read(buffer, 0);
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(buffer.array(), 0, buffer.position()));
        return properties;
    }

    /** A directory created here is {@code 0700}; one that exists is the operator's and keeps its permissions. */
    private static void createDirectory(Path directory) throws UncheckedIOException {
        try {
            if (directory != null && !Files.exists(directory)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory " + directory + " for the secrets file", e);
        }
    }
}
