package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/** Approved translations teach the memory sentence pairs cut the same way later lookups cut sentences. */
@IntegrationTest
@WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
class ApprovalLearningTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired
    TranslationMemory memory;

    @Test
    void a_sentence_with_an_abbreviation_is_learned_whole_and_found_again() {
        Article article = articles.importText("Envoy visits\nMr. Lee arrived in Hanoi on Monday. He met the mayor.");
        var draft = drafting.saveGenerated(article.id(), Output.VI, 1,
                Fixtures.draft("Đặc phái viên đến thăm", "Ông Lee đã đến Hà Nội hôm thứ Hai. Ông đã gặp thị trưởng."));

        approval.approve(draft.id(), "test: hand-written translation");

        assertThat(memory.exact("Mr. Lee arrived in Hanoi on Monday.", "en", "vi"))
                .hasValueSatisfying(m -> assertThat(m.targetText()).isEqualTo("Ông Lee đã đến Hà Nội hôm thứ Hai."));
        assertThat(memory.exact("He met the mayor.", "en", "vi"))
                .hasValueSatisfying(m -> assertThat(m.targetText()).isEqualTo("Ông đã gặp thị trưởng."));
    }
}
