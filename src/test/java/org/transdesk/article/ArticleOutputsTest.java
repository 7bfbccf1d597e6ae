package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.UserFacingException;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.ReviewException;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #16: an article adds or drops an output after the configuration decided its outputs. Editors add, reviewers
 * drop (checked on the server); dropping deletes nothing, and adding back brings the drafts and versions back.
 */
@IntegrationTest
class ArticleOutputsTest {

    @Autowired
    ArticleOutputs articleOutputs;
    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    DraftService drafts;
    @Autowired
    ApprovalService approval;
    @Autowired
    GenerationService generation;
    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
    void a_dropped_output_keeps_its_draft_and_versions_and_comes_back_with_them() {
        long n = System.nanoTime();
        Article article = articles.importText("Bridge opens " + n + "\nThe new bridge opened on Monday.");
        assertThat(articleOutputs.of(article.id())).as("a new article gets the configured outputs").isEqualTo(Output.defaults());
        var ru = drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft("Мост открыт " + n, "Новый мост открылся в понедельник."));
        approval.approve(ru.id());

        assertThat(articleOutputs.drop(article.id(), "ru")).containsExactly(Output.VI, Output.SUMMARY);

        assertThat(articleOutputs.of(article.id())).containsExactly(Output.VI, Output.SUMMARY);
        assertThat(articleOutputs.dropped(article.id())).containsExactly(Output.RU);
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts()).as("the draft is kept")
                .containsExactly("Мост открыт " + n, "Новый мост открылся в понедельник.");
        assertThat(approval.versions(article.id(), Output.RU)).as("the version is kept").hasSize(1);
        assertThat(audit.forArticle(article.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo("article.output-dropped"));

        assertThat(articleOutputs.add(article.id(), "RU")).containsExactly(Output.VI, Output.RU, Output.SUMMARY);
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts()).hasSize(2);
        assertThat(approval.versions(article.id(), Output.RU)).hasSize(1);
        assertThat(audit.forArticle(article.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo("article.output-added"));
    }

    @Test
    @WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
    void a_dropped_output_is_not_drafted_until_it_is_added_back() {
        Article article = articles.importText("Ferry " + System.nanoTime() + "\nBoats sailed at dawn.");
        articleOutputs.drop(article.id(), "summary");

        assertThatThrownBy(() -> generation.start(article.id(), Set.of(Output.VI, Output.SUMMARY), GenerationObserver.NONE))
                .isInstanceOf(ReviewException.class).hasMessageContaining("\"summary\" was dropped from this article");
        assertThat(drafts.find(article.id(), Output.VI)).as("all or nothing").isEmpty();

        articleOutputs.add(article.id(), "summary");
        generation.start(article.id(), Set.of(Output.SUMMARY), GenerationObserver.NONE).await();
        assertThat(drafts.find(article.id(), Output.SUMMARY)).isPresent();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_editor_adds_but_may_not_drop() {
        Article article = articles.importText("Rain " + System.nanoTime() + "\nIt rained all week.");
        assertThatThrownBy(() -> articleOutputs.drop(article.id(), "vi")).isInstanceOf(AccessDeniedException.class);
        assertThat(articleOutputs.of(article.id())).isEqualTo(Output.defaults());
        assertThat(articleOutputs.add(article.id(), "vi")).as("adding an output the article has changes nothing").isEqualTo(Output.defaults());
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_editor_adds_back_what_a_reviewer_dropped() {
        Article article = articles.importText("Snow " + System.nanoTime() + "\nIt snowed.");
        asReviewer(() -> articleOutputs.drop(article.id(), "vi"));
        assertThat(articleOutputs.add(article.id(), "vi")).isEqualTo(Output.defaults());
    }

    @Test
    void nobody_signed_in_changes_nothing() {
        assertThatThrownBy(() -> articleOutputs.add(1, "vi")).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    @WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
    void only_configured_outputs_are_added_and_the_last_one_stays() {
        Article article = articles.importText("Fog " + System.nanoTime() + "\nFog closed the airport.");
        assertThatThrownBy(() -> articleOutputs.add(article.id(), "zh")).isInstanceOf(UserFacingException.class)
                .hasMessage("Output \"zh\" cannot be added: this Transdesk has the outputs vi, ru, summary.");
        assertThatThrownBy(() -> articleOutputs.drop(article.id(), "zh")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not an output of this article");
        articleOutputs.drop(article.id(), "vi");
        articleOutputs.drop(article.id(), "summary");
        assertThat(articleOutputs.drop(article.id(), "vi")).as("dropping a dropped output changes nothing").containsExactly(Output.RU);
        assertThatThrownBy(() -> articleOutputs.drop(article.id(), "ru")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("last output");
        assertThatThrownBy(() -> articleOutputs.drop(Long.MAX_VALUE, "ru")).isInstanceOf(ArticleNotFoundException.class);
        assertThat(articleOutputs.dropped(List.of(article.id(), Long.MAX_VALUE))).containsOnlyKeys(article.id());
    }

    private static void asReviewer(Runnable action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("rita", "n/a",
                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_EDITOR", "ROLE_REVIEWER")));
        try {
            action.run();
        } finally {
            context.setAuthentication(before);
        }
    }
}
