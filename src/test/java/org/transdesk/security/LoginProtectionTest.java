package org.transdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.SignedIn;
import org.transdesk.support.WebSession;

/**
 * The login form over real HTTP: CSRF-protected, throttled per account and per client address, and
 * audited. Before: POST /login without a token was accepted, and after 30 wrong passwords for admin
 * in 5 s the right one worked at once, with no trace in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:login-protection;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
class LoginProtectionTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("delete from login_failure").update();
    }

    private List<String> audit(String action, String actor) {
        return jdbc.sql("select detail || ' from ' || coalesce(address, '?') from audit_event where action = ? and actor = ? order by id")
                .params(action, actor).query(String.class).list();
    }

    @Test
    void a_sign_in_without_the_login_pages_csrf_token_is_refused() throws Exception {
        WebSession browser = new WebSession(port);
        int signInsBefore = audit("auth.login", "editor").size();

        HttpResponse<String> answer = browser.postLogin("editor", "demo", false);

        // refused as a CSRF failure: Vaadin's handler sends the browser back to the sign-in page (no "?error": no password was checked)
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(browser.signedIn()).isFalse();
        assertThat(audit("auth.login", "editor")).as("no sign-in happened").hasSize(signInsBefore);
        assertThat(new WebSession(port).signIn("editor", "demo").signedIn()).as("with the token it works").isTrue();
    }

    @Test
    void thirty_wrong_passwords_lock_the_account_so_the_right_one_is_refused_until_an_admin_unlocks_it() throws Exception {
        WebSession attacker = new WebSession(port);
        for (int i = 0; i < 30; i++) {
            attacker.postLogin("admin", "guess-" + i, true);
        }

        HttpResponse<String> right = attacker.postLogin("admin", "demo", true);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
        assertThat(attacker.signedIn()).isFalse();
        assertThat(new WebSession(port).postLogin("admin", "demo", true).headers().firstValue("Location").orElseThrow())
                .as("from a fresh browser too").endsWith("/login?locked");

        SignedIn.as("reviewer.admin", Roles.ADMIN, () -> users.unlock("user:admin"));
        // the address counted the same 30 failures: lift that too, as an admin would
        SignedIn.as("reviewer.admin", Roles.ADMIN, () -> users.signInLocks().forEach(l -> users.unlock(l.key())));

        assertThat(new WebSession(port).signIn("admin", "demo").signedIn()).isTrue();
    }

    @Test
    void the_lock_starts_at_the_fifth_failure_and_a_success_before_it_clears_the_count() throws Exception {
        WebSession browser = new WebSession(port);
        for (int i = 0; i < 4; i++) {
            browser.postLogin("reviewer", "wrong", true);
        }
        browser.signIn("reviewer", "demo");
        for (int i = 0; i < 4; i++) {
            new WebSession(port).postLogin("reviewer", "wrong", true);
        }
        assertThat(new WebSession(port).signIn("reviewer", "demo").signedIn()).as("4 + 4 failures with a success between").isTrue();

        for (int i = 0; i < 5; i++) {
            new WebSession(port).postLogin("reviewer", "wrong", true);
        }
        assertThat(new WebSession(port).postLogin("reviewer", "demo", true).headers().firstValue("Location").orElseThrow()).endsWith("?locked");
    }

    @Test
    void one_client_address_guessing_at_many_accounts_is_locked_too() throws Exception {
        for (int i = 0; i < 20; i++) {
            new WebSession(port).postLogin("someone-" + i, "guess", true);
        }

        assertThat(new WebSession(port).postLogin("editor", "demo", true).headers().firstValue("Location").orElseThrow())
                .as("a good account from the same address").endsWith("?locked");
        assertThat(SignedIn.as("boss", Roles.ADMIN, () -> users.signInLocks()))
                .anySatisfy(l -> assertThat(l.what()).isEqualTo("address 127.0.0.1").satisfies(w -> assertThat(l.locked()).isTrue()));
    }

    @Test
    void sign_ins_failed_sign_ins_and_sign_outs_are_in_the_audit_log_with_the_client_address() throws Exception {
        new WebSession(port).postLogin("editor", "not-it", true);
        WebSession editor = new WebSession(port).signIn("editor", "demo");
        editor.postLogout();

        assertThat(audit("auth.login-failed", "editor")).contains("wrong user name or password from 127.0.0.1");
        assertThat(audit("auth.login", "editor")).contains("signed in from 127.0.0.1");
        assertThat(audit("auth.logout", "editor")).contains("signed out from 127.0.0.1");
    }
}
