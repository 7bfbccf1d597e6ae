package org.transdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.transdesk.Application;
import org.transdesk.security.Roles;

/**
 * One node of a team deployment, started in this JVM on a random port: what a team runs as several
 * processes on one database. In the demo profile (editor, reviewer, admin with password "demo") plus a
 * configured account, like the other integration tests.
 */
public final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node on the database (an H2 URL; PostgreSQL in the PostgreSQL runs); listeners join before it starts. */
    public static AppNode start(String database, List<String> arguments, ApplicationListener<?>... listeners) {
        return start(database, arguments, () -> { }, listeners);
    }

    /**
     * As {@link #start(String, List, ApplicationListener[])}; {@code loggingReady} runs once the node has set up
     * logging (its context initializers run after that). Logback is one per JVM and Spring Boot sets it up
     * again for every application: two nodes of one JVM must not do that at the same moment (a full test run
     * showed "Logging system failed to initialize … Unable to find Spring Environment in logger context").
     */
    public static AppNode start(String database, List<String> arguments, Runnable loggingReady, ApplicationListener<?>... listeners) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database, "--server.port=0",
                "--transdesk.export.root=target/node-exports", "--vaadin.devmode.devTools.enabled=false",
                "--transdesk.security.users[0].username=desk.chief",
                "--transdesk.security.users[0].password-hash=$2a$10$l1QF0NvdzgwsoMDhWV3NEusNlENbn25D5BMbzeGa7XyK5bQuKTMri",
                "--transdesk.security.users[0].role=REVIEWER"));
        args.addAll(arguments);
        return new AppNode(new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .initializers(context -> {
                    List.of(listeners).forEach(context::addApplicationListener);
                    loggingReady.run();
                })
                .run(args.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public DataSource dataSource() {
        return bean(DataSource.class);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Runs the action as a signed-in user on this node: the node checks roles with its own
     * security-context strategy, the code that reads the current user with the JVM-wide one; both
     * hold the user for this thread.
     */
    public <T> T as(String user, Roles role, Supplier<T> action) {
        SecurityContextHolderStrategy own = bean(SecurityContextHolderStrategy.class);
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        var authorities = role.withIncluded().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        SecurityContext signedIn = own.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a", authorities));
        own.setContext(signedIn);
        shared.setContext(signedIn);
        try {
            return action.get();
        } finally {
            own.clearContext();
            shared.clearContext();
        }
    }

    public void as(String user, Roles role, Runnable action) {
        as(user, role, () -> {
            action.run();
            return null;
        });
    }

    /**
     * Makes this node's security-context strategy the JVM-wide one. Each Vaadin context installs its own
     * when it starts; with two nodes in one JVM, code that reads the current user through the JVM-wide
     * strategy (CurrentUser) sees only the users of the node that owns it. Call it for the node that
     * serves the browser session a test drives (a node in its own JVM needs nothing of the kind).
     */
    public void ownTheJvmWideSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(bean(SecurityContextHolderStrategy.class));
    }

    /** Stops the node (its sessions are gone with it). */
    @Override
    public void close() {
        context.close();
    }
}
