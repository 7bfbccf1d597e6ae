package org.transdesk.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

/**
 * An H2 file database held open by another JVM, as the running web app holds it. (Within one JVM H2
 * shares an open database between connections, so only another process meets its file lock.)
 */
final class HeldH2Database implements AutoCloseable {

    private final Process holder;

    private HeldH2Database(Process holder) {
        this.holder = holder;
    }

    /** Starts a JVM that opens the database and keeps it open until {@link #close()}. */
    static HeldH2Database open(String url) throws IOException {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = location(org.h2.Driver.class) + File.pathSeparator + location(HeldH2Database.class);
        Process holder = new ProcessBuilder(javaCommand, "-cp", classpath, HeldH2Database.class.getName(), url)
                .redirectErrorStream(true).start();
        var lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        if (!"open".equals(first)) {
            holder.destroyForcibly();
            throw new IllegalStateException("the holder JVM did not open " + url + ": " + first);
        }
        return new HeldH2Database(holder);
    }

    @Override
    public void close() throws Exception {
        holder.getOutputStream().close();
        if (!holder.waitFor(30, TimeUnit.SECONDS)) {
            holder.destroyForcibly();
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The holder JVM: opens the database, says "open", and holds it until its stdin closes. */
    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
            db.createStatement().execute("create table if not exists held(id int)");
            System.out.println("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to close our stdin
            }
        }
    }
}
