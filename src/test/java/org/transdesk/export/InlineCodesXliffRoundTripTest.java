package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #12's round trip with formatting: an HTML article with bold and a link is exported as XLIFF
 * 2.0, 2.1 and 1.2 (each valid against the OASIS schema, codes as {@code <pc>}/{@code <ph>} or
 * {@code <g>}/{@code <x>}), translated in the file keeping the codes, and imported back with the
 * formatting intact; a file whose target lost a code is refused naming the tag. Before, the import
 * lost the formatting and refused any {@code <pc>} as "markup inside its text".
 */
@IntegrationTest
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class InlineCodesXliffRoundTripTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired ApprovalService approval;
    @Autowired DraftService drafts;
    @Autowired ExportService exports;
    @Autowired XliffImportService xliffImport;

    private Article translated(String name) {
        Article article = articles.importFile(name + ".html", InlineCodesEndToEndTest.HTML.getBytes(StandardCharsets.UTF_8));
        ApprovedFixture.approve(articles, drafting, approval, article, Output.RU,
                List.of("Саммит в Ханое", "Лидеры ⟦1⟧АСЕАН⟦/1⟧ встретились, см. ⟦2⟧заявление⟦/2⟧.", "Здесь нет форматирования."));
        return article;
    }

    private String export(Article article, ExportFormat format) throws Exception {
        byte[] file = exports.export(article.id(), Output.RU, format).content();
        assertThat(XliffSchemas.validate(format.xliffVersion(), file)).as(format.name()).isEmpty();
        return new String(file, StandardCharsets.UTF_8);
    }

    private void importBack(Article article, String file) {
        xliffImport.apply(article.id(), Output.RU, file.getBytes(StandardCharsets.UTF_8), null, List.of());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"XLIFF", "XLIFF_2_1", "XLIFF_1_2"})
    void a_translation_changed_in_the_file_keeping_its_codes_comes_back_with_the_formatting(ExportFormat format) throws Exception {
        Article article = translated("round-" + format.name().toLowerCase());
        String xliff = export(article, format);
        String bold = format == ExportFormat.XLIFF_1_2 ? "<g id=\"1\" ctype=\"bold\">АСЕАН</g>"
                : "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"fmt\" subType=\"xlf:b\">АСЕАН</pc>";
        assertThat(xliff).contains("Лидеры " + bold + " встретились");

        // a CAT tool keeps the tags and only changes the words between them
        importBack(article, xliff.replace("Лидеры " + bold + " встретились", "Лидеры " + bold + " собрались"));

        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().segments().get(1).text())
                .isEqualTo("Лидеры ⟦1⟧АСЕАН⟦/1⟧ собрались, см. ⟦2⟧заявление⟦/2⟧.");
        String html = new String(exports.export(article.id(), Output.RU, ExportFormat.HTML).content(), StandardCharsets.UTF_8);
        // the HTML export is of the approved version; the imported text is restored by the same writer once approved
        assertThat(html).contains("<b>АСЕАН</b>");
    }

    @Test
    void a_file_whose_target_lost_a_code_is_refused_naming_the_tag_and_nothing_changes() throws Exception {
        Article article = translated("round-lost");
        String xliff = export(article, ExportFormat.XLIFF);
        String bold = "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"fmt\" subType=\"xlf:b\">АСЕАН</pc>";
        String lost = xliff.replace("Лидеры " + bold + " встретились", "Лидеры АСЕАН собрались");

        assertThatThrownBy(() -> importBack(article, lost)).isInstanceOf(ExportException.class)
                .hasMessageContaining("Unit s1 (paragraph 1)").hasMessageContaining("Tag ⟦1⟧…⟦/1⟧ (bold) is missing")
                .hasMessageContaining("Nothing was imported");
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().segments().get(1).text())
                .isEqualTo("Лидеры ⟦1⟧АСЕАН⟦/1⟧ встретились, см. ⟦2⟧заявление⟦/2⟧.");
    }

    @Test
    void codes_in_a_unit_of_a_plain_paragraph_are_refused() throws Exception {
        Article article = translated("round-plain");
        String xliff = export(article, ExportFormat.XLIFF);

        String coded = xliff.replace("<target>Здесь нет форматирования.</target>", "<target>Здесь <pc id=\"1\">нет</pc> форматирования.</target>");

        assertThatThrownBy(() -> importBack(article, coded)).isInstanceOf(ExportException.class)
                .hasMessageContaining("Unit s2 contains inline codes").hasMessageContaining("paragraph 2 has no formatting");
    }
}
