package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.QaChecks;
import org.transdesk.qa.QaFinding;
import org.transdesk.support.Fixtures;

/**
 * With vi, ru and zh configured, a Chinese translation is checked against the Vietnamese and the Russian ones: it
 * was checked against neither (the cross-output check compared vi and ru only).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:cross-any-pair;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.export.root=target/test-exports",
        "transdesk.outputs.translations=vi,ru,zh",
        "transdesk.outputs.summaries=source,vi,ru"})
@WithMockUser(username = "ana", roles = "EDITOR")
class CrossOutputAnyPairTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    DraftQa qa;

    @Test
    void a_chinese_translation_that_disagrees_with_the_vietnamese_on_a_figure_is_flagged_in_both() {
        Article article = articles.importText("Rice harvest\nRice output rose 5% this year.");
        var vi = drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Vụ lúa", "Sản lượng lúa tăng 5% trong năm nay."));
        var zh = drafting.saveGenerated(article.id(), Output.translation("zh"), 1, Fixtures.draft("水稻丰收", "今年水稻产量增长了 7%。"));

        assertThat(qa.check(zh.id()).findings()).filteredOn(f -> f.check().equals(QaChecks.CROSS_OUTPUT_CHECK))
                .extracting(QaFinding::message).contains("Simplified Chinese has “7”, Vietnamese does not: one of them is wrong.");
        assertThat(qa.check(vi.id()).findings()).filteredOn(f -> f.check().equals(QaChecks.CROSS_OUTPUT_CHECK))
                .extracting(QaFinding::message).contains("Vietnamese has “5”, Simplified Chinese does not: one of them is wrong.");
    }
}
