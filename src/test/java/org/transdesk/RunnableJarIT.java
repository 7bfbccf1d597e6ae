package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jar `./mvnw package` builds (failsafe runs after it) carries what an operator needs for
 * PostgreSQL: with only --spring.datasource.url/username/password it must not fail with "Failed to
 * load driver class" or Flyway's "Unsupported Database: PostgreSQL 15". (The PostgreSQL test runs
 * start the app with exactly those three properties.)
 */
class RunnableJarIT {

    @Test
    void the_jar_carries_the_postgresql_driver_and_flyways_postgresql_support() throws IOException {
        List<String> libraries = libraries(builtJar());

        assertThat(libraries).anyMatch(l -> l.matches("BOOT-INF/lib/postgresql-[0-9.]+\\.jar"));
        assertThat(libraries).anyMatch(l -> l.matches("BOOT-INF/lib/flyway-database-postgresql-[0-9.]+\\.jar"));
    }

    private static Path builtJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("transdesk-.*\\.jar") && !p.toString().endsWith(".original"))
                    .findFirst().orElseThrow(() -> new AssertionError("no target/transdesk-*.jar: run ./mvnw verify (it packages before this test)"));
        }
    }

    private static List<String> libraries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
        }
    }
}
