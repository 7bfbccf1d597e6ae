package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of the production jar: time from {@code java -jar} until the login page answers 200 on
 * loopback, and the process's resident memory (VmRSS) then. A fresh H2 file database in a temporary
 * folder, so Flyway migrates from scratch and the sample loads, as on a first install.
 *
 * <p>Run after {@code ./mvnw -Pproduction package -DskipTests}:
 * {@code ./mvnw -q test -Pbenchmark -Dtest=ColdStartBenchmark}. Writes {@code target/benchmarks/cold-start.md}.
 */
@Tag("benchmark")
class ColdStartBenchmark {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path data;

    @Test
    void production_jar_cold_start_and_resident_memory() throws Exception {
        Path jar = productionJar();
        String load = loadAverage();
        int port = freePort();
        Path log = data.resolve("app.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process app = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db"), "--transdesk.export.root=" + data.resolve("exports"))
                .directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long readyNanos = waitForLoginPage(app, port, start, log) - start;
            long rssKb = residentKilobytes(app.pid());
            String table = """
                    # Cold start of the production jar

                    | jar | start to login page 200 (s) | RSS after start (MiB) | Spring's own "Started ... in" line | load average before start (1/5/15 min) |
                    |---|---|---|---|---|
                    | %s | %.1f | %.0f | %s | %s |
                    """.formatted(jar.getFileName(), readyNanos / 1e9, rssKb / 1024.0, startedLine(log), load);
            System.out.println(table);
            Path report = Path.of("target", "benchmarks", "cold-start.md");
            Files.createDirectories(report.getParent());
            Files.writeString(report, table);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    static Path productionJar() throws IOException {
        Path target = Path.of("target");
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("transdesk-.*\\.jar")).toList();
            Assumptions.assumeTrue(jars.size() == 1,
                    "No production jar in target/: run ./mvnw -Pproduction package -DskipTests first (found " + jars + ")");
            return jars.getFirst().toAbsolutePath();
        }
    }

    private static long waitForLoginPage(Process app, int port, long start, Path log) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < START_LIMIT.toNanos()) {
            if (!app.isAlive()) {
                throw new AssertionError("The app exited while starting:\n" + String.join("\n", Files.readAllLines(log).reversed().stream().limit(30).toList().reversed()));
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYetListening) {
                // the port opens only when Tomcat is ready
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The app did not answer on /login within " + START_LIMIT);
    }

    private static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new AssertionError("No VmRSS for process " + pid);
    }

    private static String startedLine(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains("Started Application in"))
                .map(l -> l.substring(l.indexOf("Started Application in")).replace("|", "/")).findFirst().orElse("-");
    }

    /** The machine is shared: the load says how much of it this figure had. */
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " / " + fields[1] + " / " + fields[2];
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
