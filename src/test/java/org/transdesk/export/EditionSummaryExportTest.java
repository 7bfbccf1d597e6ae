package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;

/**
 * An exported summary in an edition's language is headed by that edition's headline: the approved translation's
 * (it carried the source's English headline over a Vietnamese summary). With no approved translation in its
 * language, and for the summary in the article's own language, the source headline.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:edition-summary-export;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.export.root=target/test-exports",
        "transdesk.outputs.translations=vi,ru",
        "transdesk.outputs.summaries=source,vi,ru"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class EditionSummaryExportTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    ApprovalService approval;
    @Autowired
    ExportService exports;

    @Test
    void a_vietnamese_summary_carries_the_vietnamese_headline() {
        Article article = articles.importText("Rice harvest breaks record\nRice output rose sharply this year.\nFarmers were glad.");
        approval.approve(drafting.saveGenerated(article.id(), Output.VI, 1,
                Fixtures.draft("Vụ lúa đạt kỷ lục", "Sản lượng lúa tăng mạnh trong năm nay.", "Nông dân vui mừng.")).id());
        approval.approve(drafting.saveGenerated(article.id(), Output.editionSummary("vi"), 1,
                Fixtures.draft("Sản lượng lúa tăng mạnh trong năm nay.")).id());
        approval.approve(drafting.saveGenerated(article.id(), Output.editionSummary("ru"), 1,
                Fixtures.draft("Производство риса резко выросло в этом году.")).id());
        approval.approve(drafting.saveGenerated(article.id(), Output.SUMMARY, 1, Fixtures.draft("Rice output rose sharply this year.")).id());

        assertThat(text(article, Output.editionSummary("vi"), ExportFormat.TEXT)).startsWith("Vụ lúa đạt kỷ lục\n");
        assertThat(text(article, Output.editionSummary("vi"), ExportFormat.MARKDOWN)).contains("# Vụ lúa đạt kỷ lục\n")
                .doesNotContain("# Rice harvest breaks record");
        assertThat(text(article, Output.editionSummary("vi"), ExportFormat.HTML)).contains("<h1>Vụ lúa đạt kỷ lục</h1>");
        assertThat(text(article, Output.editionSummary("ru"), ExportFormat.TEXT)).as("no approved Russian translation")
                .startsWith("Rice harvest breaks record\n");
        assertThat(text(article, Output.SUMMARY, ExportFormat.TEXT)).startsWith("Rice harvest breaks record\n");
    }

    private String text(Article article, Output output, ExportFormat format) {
        return new String(exports.export(article.id(), output, format).content(), StandardCharsets.UTF_8);
    }
}
