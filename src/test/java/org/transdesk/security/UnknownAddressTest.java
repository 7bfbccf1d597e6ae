package org.transdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.WebSession;

/**
 * A mistyped address over real HTTP. Before: Spring Security answered a signed-in editor with a bare
 * 403 ("HTTP ERROR 403" in Chromium) before the app could say anything. Now the app answers with its
 * own page; a signed-out browser is still sent to sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:unknown-address;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
class UnknownAddressTest {

    @LocalServerPort
    int port;

    @Test
    void a_signed_in_editor_gets_the_app_not_a_bare_403() throws Exception {
        WebSession editor = new WebSession(port).signIn("editor", "demo");

        HttpResponse<String> answer = editor.get("/no-such-page");

        assertThat(answer.statusCode()).isNotEqualTo(403).isIn(200, 404);
        assertThat(answer.body()).contains("<html");
    }

    @Test
    void a_signed_out_browser_is_sent_to_sign_in() throws Exception {
        HttpResponse<String> answer = new WebSession(port).get("/no-such-page");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
