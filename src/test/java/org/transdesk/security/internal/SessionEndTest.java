package org.transdesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.security.Roles;
import org.transdesk.security.UserAccountService;
import org.transdesk.support.SignedIn;
import org.transdesk.support.WebSession;

/**
 * Sessions end when their account changes: a disabled editor's open browser kept importing for up to
 * 8 h. Over real HTTP sessions; the browser side (open tabs sent to the sign-in page) is SessionEndIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:session-end;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.security.session.check-interval=500ms"})
@ActiveProfiles("demo")
class SessionEndTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LiveSessions live;
    @Autowired
    SessionGuard guard;

    private String newUser(String name, Roles role) {
        SignedIn.as("boss", Roles.ADMIN, () -> users.create(name, "password-" + name, role));
        return name;
    }

    private static void awaitSignedOut(WebSession browser) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> !browser.signedIn());
    }

    @Test
    void disabling_an_account_ends_its_open_sessions_at_once() throws Exception {
        String user = newUser("dana", Roles.EDITOR);
        WebSession laptop = new WebSession(port).signIn(user, "password-" + user);
        WebSession phone = new WebSession(port).signIn(user, "password-" + user);
        assertThat(laptop.signedIn()).isTrue();

        SignedIn.as("boss", Roles.ADMIN, () -> users.setEnabled(user, false));

        awaitSignedOut(laptop);
        awaitSignedOut(phone);
    }

    @Test
    void changing_the_role_or_resetting_the_password_ends_the_sessions() throws Exception {
        String demoted = newUser("rita", Roles.REVIEWER);
        String forgetful = newUser("fred", Roles.EDITOR);
        WebSession rita = new WebSession(port).signIn(demoted, "password-" + demoted);
        WebSession fred = new WebSession(port).signIn(forgetful, "password-" + forgetful);

        SignedIn.as("boss", Roles.ADMIN, () -> users.setRole(demoted, Roles.EDITOR));
        SignedIn.as("boss", Roles.ADMIN, () -> users.resetPassword(forgetful, "a-new-password"));

        awaitSignedOut(rita);
        awaitSignedOut(fred);
        assertThat(new WebSession(port).signIn(forgetful, "a-new-password").signedIn()).isTrue();
    }

    @Test
    void a_change_made_on_another_node_ends_the_sessions_here_at_the_next_check() throws Exception {
        String user = newUser("nina", Roles.REVIEWER);
        WebSession browser = new WebSession(port).signIn(user, "password-" + user);

        // what another app node sharing the database would have written
        jdbc.sql("update app_user set roles = 'EDITOR' where username = ?").param(user).update();

        awaitSignedOut(browser);
    }

    @Test
    void a_session_ends_at_the_absolute_limit_however_active() throws Exception {
        String user = newUser("otto", Roles.EDITOR);
        WebSession browser = new WebSession(port).signIn(user, "password-" + user);
        assertThat(browser.signedIn()).isTrue();

        live.all().stream().filter(s -> user.equals(signedInUser(s))).forEach(s -> s.setAttribute(SessionGuard.SIGNED_IN_AT,
                Instant.now().minus(Duration.ofHours(12)).minusSeconds(1)));

        awaitSignedOut(browser);
    }

    @Test
    void ended_sessions_are_in_the_audit_log() throws Exception {
        String user = newUser("ulla", Roles.EDITOR);
        new WebSession(port).signIn(user, "password-" + user);

        SignedIn.as("boss", Roles.ADMIN, () -> users.setEnabled(user, false));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from audit_event where action = 'auth.session-ended' and actor = ? and detail = 'the account was disabled'")
                .param(user).query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select actor from audit_event where action = 'user.disabled' and detail = ?").param(user)
                .query(String.class).list()).containsExactly("boss");
    }

    private static String signedInUser(jakarta.servlet.http.HttpSession session) {
        try {
            Object context = session.getAttribute("SPRING_SECURITY_CONTEXT");
            return context instanceof org.springframework.security.core.context.SecurityContext c && c.getAuthentication() != null
                    ? c.getAuthentication().getName() : null;
        } catch (IllegalStateException ended) {
            return null;
        }
    }
}
