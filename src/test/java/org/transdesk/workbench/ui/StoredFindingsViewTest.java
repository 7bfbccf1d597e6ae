package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.Messages;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.FindingDismissals;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #15: a finding stored with an approved version (its QA record, V31_1) keeps its sentence as a phrase, so a
 * Russian reviewer reading the version's record reads it in Russian. On the old code the record held the English line
 * only and the dialog showed "Number “40” from the source is missing in the translation."
 */
@IntegrationTest
class StoredFindingsViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired DraftService drafts;
    @Autowired DraftQa qa;
    @Autowired FindingDismissals dismissals;
    @Autowired ApprovalService approval;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void ivanChoseRussian() {
        jdbc.sql("delete from app_user where username = 'ivan.s'").update();
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at, ui_language) values ('ivan.s', '{noop}x', 'REVIEWER', true, ?, 'ru')")
                .param(Timestamp.from(Instant.now())).update();
    }

    @Test
    @WithMockUser(username = "ivan.s", roles = {"EDITOR", "REVIEWER"})
    void a_russian_reviewer_reads_a_finding_dismissed_in_an_approved_version_in_russian() {
        UI.getCurrent().setLocale(Messages.RUSSIAN);
        Article article = articles.importText("date 2026-03-05 Dam completed at " + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "x")
                + "\nThe dam cost 40 million dollars.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(),
                Fixtures.draft("Плотина достроена", "Плотина стоила миллионы долларов."));
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        QaFinding missing = qa.check(draft.id()).findings().stream().filter(f -> f.message().contains("“40”")).findFirst().orElseThrow();
        dismissals.dismiss(draft.id(), missing, "Сумма уточняется, пишем «миллионы».");
        approval.approve(draft.id(), null);

        Workbench.open(this, article);
        test(find(OutputReviewStatus.class).all().stream().filter(s -> s.versions.getId().orElse("").equals("versions-ru"))
                .findFirst().orElseThrow().versions).click();
        VersionCompareDialog versions = find(VersionCompareDialog.class).single();

        assertThat(find(Div.class, versions).withClassName("version-dismissed-finding").single().getText())
                .startsWith("Отклонил(а) ivan.s, ")
                .contains("«В переводе нет числа «40» из оригинала.»")
                .endsWith("— Сумма уточняется, пишем «миллионы».")
                .doesNotContain("Number");
    }
}
