package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.audit.AuditLog;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
class ArticleImportTest {

    @Autowired
    ArticleService articles;
    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void the_sample_article_is_loaded_into_an_empty_database() {
        assertThat(articles.list("deepen strategic partnership")).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_editor_imports_a_file_and_it_is_stored_with_its_paragraphs_and_an_audit_entry() {
        byte[] file = "date 2022-05-01 Port reopens\nShips returned.\nTrade resumed.".getBytes(StandardCharsets.UTF_8);

        Article article = articles.importFile("port.txt", file);

        Article stored = articles.get(article.id());
        assertThat(stored.title()).isEqualTo("Port reopens");
        assertThat(stored.paragraphs()).containsExactly("Ships returned.", "Trade resumed.");
        assertThat(stored.createdBy()).isEqualTo("ana");
        assertThat(stored.slug()).isEqualTo("2022-05-01-port-reopens");
        assertThat(audit.forArticle(article.id())).extracting("action").containsExactly("article.imported");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void the_same_title_twice_gets_distinct_slugs() {
        Article first = articles.importText("Storm nears coast\nWinds rise.");
        Article second = articles.importText("Storm nears coast\nWinds rise further.");

        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void bad_input_stores_nothing() {
        int before = articles.list("").size();

        assertThatThrownBy(() -> articles.importFile("photo.jpg", new byte[]{1, 2, 3})).hasMessageContaining("upload a .txt, .md");
        assertThatThrownBy(() -> articles.importFile("x.txt", new byte[]{0, 0, 0, 1})).hasMessageContaining("binary");
        assertThatThrownBy(() -> articles.importFile("x.txt", "Tiêu đề\nNội dung".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(ArticleImportException.class);
        assertThatThrownBy(() -> articles.importText("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> articles.importText("x".repeat(1_048_577))).hasMessageContaining("limit");

        assertThat(articles.list("")).hasSize(before);
    }

    @Test
    @WithMockUser(username = "max", roles = {})
    void a_user_without_the_editor_role_cannot_import() {
        assertThatThrownBy(() -> articles.importText("Title\nBody.")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_cannot_import_or_read() {
        assertThatThrownBy(() -> articles.importText("Title\nBody.")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> articles.list("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
