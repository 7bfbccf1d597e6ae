package org.transdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.support.IntegrationTest;

/**
 * Errors are not dead ends: an unknown address and a page the role does not allow open a view in the
 * main layout that says what happened, who may open the page, and leads back to the library. Before:
 * a blank "Could not navigate to 'admin/users'".
 */
@IntegrationTest
class ErrorViewsTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_editor_opening_an_admin_page_is_told_who_may_open_it_and_led_back() {
        navigate("admin/users", AccessDeniedView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Not for your role");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .containsExactly("Your account may not open /admin/users.",
                        "Who may open it: administrators. Ask an administrator if you need it.");
        assertThat($(Anchor.class).id("error-back").getText()).isEqualTo("Back to the library");
        assertThat($(Anchor.class).id("error-back").getHref()).isEqualTo("./");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_unknown_address_says_there_is_no_such_page_inside_the_app() {
        navigate("articles/7/no-such-tab", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Paragraph.class).single().getText()).startsWith("There is no page at /articles/7/no-such-tab in Transdesk.");
        assertThat($(Anchor.class).id("error-back").isVisible()).isTrue();
    }
}
