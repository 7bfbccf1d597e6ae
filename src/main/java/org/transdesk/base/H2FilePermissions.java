package org.transdesk.base;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An embedded H2 database lives in a directory only the app's user can open, and its files are
 * readable by that user only: the default {@code ./data} was created 0755 with a 0644 database file,
 * so any local account could copy every article, account hash and stored key. A directory the app
 * creates is 0700 (so files H2 adds later are out of reach too); an existing one is left as the
 * operator set it. The database's own files ({@code <name>.*}) are set 0600 at start and when the app
 * is ready. Other databases, and systems without POSIX permissions, are left alone.
 */
@Component
class H2FilePermissions implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(H2FilePermissions.class);

    private volatile Path database;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            databaseFile(pool.getJdbcUrl()).ifPresent(file -> {
                database = file;
                createDirectory(file.getParent());
                protectFiles();
            });
        }
        return bean;
    }

    @EventListener(ApplicationReadyEvent.class)
    void protectFiles() {
        Path file = database;
        if (file == null || !Files.isDirectory(file.getParent())) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), file.getFileName() + ".*")) {
            for (Path f : files) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            log.warn("Could not make the database files in {} readable by their owner only", file.getParent(), e);
        }
    }

    /** The database path of an embedded H2 file URL ({@code jdbc:h2:file:./data/x}, {@code jdbc:h2:~/x}, {@code jdbc:h2:./x}). */
    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int settings = rest.indexOf(';');
        rest = settings < 0 ? rest : rest.substring(0, settings);
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF|retry):.*")) {
            return Optional.empty();
        }
        if (rest.isBlank()) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest).toAbsolutePath().normalize());
    }

    /** A directory the app creates is 0700; one that exists (the operator's choice, maybe a home directory) is left as it is. */
    private static void createDirectory(Path directory) {
        try {
            if (!Files.exists(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the database directory " + directory + " private to the app's user", e);
        }
    }
}
