package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded database is private to the app's user: its directory was created 0755 and its file
 * 0644, readable by every local account (`strings data/*.mv.db` found the stored API key).
 */
@SpringBootTest
class H2FilePermissionsTest {

    static final Path BASE = temporaryDirectory();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + BASE.resolve("data").resolve("transdesk"));
        registry.add("transdesk.samples.load-on-empty-database", () -> "false");
    }

    @Test
    void the_data_directory_and_the_database_file_are_readable_by_their_owner_only() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(BASE.resolve("data")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(BASE.resolve("data").resolve("transdesk.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void only_embedded_file_urls_name_a_database_file() {
        assertThat(H2FilePermissions.databaseFile("jdbc:h2:file:./data/transdesk;AUTO_SERVER=FALSE;WRITE_DELAY=0"))
                .contains(Path.of("data/transdesk").toAbsolutePath());
        assertThat(H2FilePermissions.databaseFile("jdbc:h2:~/td")).contains(Path.of(System.getProperty("user.home"), "td"));
        assertThat(H2FilePermissions.databaseFile("jdbc:h2:./x")).contains(Path.of("x").toAbsolutePath());
        assertThat(H2FilePermissions.databaseFile("jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(H2FilePermissions.databaseFile("jdbc:h2:tcp://db/~/td")).isEmpty();
        assertThat(H2FilePermissions.databaseFile("jdbc:postgresql://db/td")).isEmpty();
    }

    private static Path temporaryDirectory() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "h2-permissions-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
