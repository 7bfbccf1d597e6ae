package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.OutputState;
import org.transdesk.review.SegmentText;

/** Export to XLIFF, change a target elsewhere, import it back: one new revision, nothing else. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:xliff-round-trip;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.export.root=target/test-exports"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class XliffRoundTripTest {

    static final List<String> RU = List.of("АСЕАН и Россия", "Стороны обязались сотрудничать.", "Программы сокращают разрыв.");

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired
    ExportService exports;
    @Autowired
    XliffImportService xliffImport;

    Article article;
    String xliff;

    @BeforeEach
    void exportedRussian() {
        article = articles.importText("ASEAN and Russia\nBoth sides pledged cooperation.\nThe programmes narrow the gap.");
        ApprovedFixture.approve(articles, drafting, approval, article, Output.RU, RU);
        xliff = new String(exports.export(article.id(), Output.RU, ExportFormat.XLIFF).content(), StandardCharsets.UTF_8);
    }

    private Draft draft() {
        return drafts.find(article.id(), Output.RU).orElseThrow();
    }

    private XliffImportResult importBack(String text) {
        return xliffImport.importTargets(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aChangedTargetBecomesANewRevisionAndNothingElseChanges() {
        String edited = xliff.replace("<target>Стороны обязались сотрудничать.</target>", "<target>Стороны обязались тесно сотрудничать.</target>");

        XliffImportResult result = importBack(edited);

        assertThat(result.changedPositions()).containsExactly(1);
        Draft after = draft();
        assertThat(after.texts()).containsExactly("АСЕАН и Россия", "Стороны обязались тесно сотрудничать.", "Программы сокращают разрыв.");
        assertThat(after.segments()).extracting(SegmentText::revision).containsExactly(1, 2, 1);
        assertThat(after.state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(drafts.history(after.id(), 1).getLast().author()).isEqualTo("rita");
        assertThat(approval.latestApproved(article.id(), Output.RU).orElseThrow().segments()).isEqualTo(RU);
    }

    @Test
    void anUnchangedFileChangesNothing() {
        assertThat(importBack(xliff).changedPositions()).isEmpty();
        assertThat(draft().state()).isEqualTo(OutputState.APPROVED);
    }

    @Test
    void anUnknownUnitIdIsRefusedAndNothingIsStored() {
        String edited = xliff.replace("<target>Стороны обязались сотрудничать.</target>", "<target>Изменено.</target>")
                .replace("<unit id=\"s2\">", "<unit id=\"s9\">");

        assertThatThrownBy(() -> importBack(edited)).isInstanceOf(ExportException.class).hasMessageContaining("Unknown unit id 's9'");
        assertThat(draft().texts()).isEqualTo(RU);
    }

    @Test
    void aWrongLanguageIsRefused() {
        assertThatThrownBy(() -> importBack(xliff.replace("trgLang=\"ru\"", "trgLang=\"vi\"")))
                .isInstanceOf(ExportException.class).hasMessageContaining("Wrong language");
    }

    @Test
    void aChangedSourceRevisionIsRefused() {
        assertThatThrownBy(() -> importBack(xliff.replace("td:sourceRevision=\"1\"", "td:sourceRevision=\"7\"")))
                .isInstanceOf(ExportException.class).hasMessageContaining("source article changed");
    }

    @Test
    void editsMadeInTransdeskAfterTheExportAreNotOverwritten() {
        SegmentText second = draft().segments().get(1);
        editing.editSegment(draft().id(), 1, "Правка в Transdesk.", second.revision());
        String edited = xliff.replace("<target>Стороны обязались сотрудничать.</target>", "<target>Правка в CAT.</target>");

        assertThatThrownBy(() -> importBack(edited)).isInstanceOf(ExportException.class).hasMessageContaining("edited in Transdesk");
        assertThat(draft().texts().get(1)).isEqualTo("Правка в Transdesk.");
    }

    @Test
    void hostileFilesGetAClearError() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"><file id=\"f\">&e;</file></xliff>";
        assertThatThrownBy(() -> importBack(xxe)).isInstanceOf(ExportException.class);
        assertThatThrownBy(() -> importBack("<xliff")).isInstanceOf(ExportException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> importBack("<xliff version=\"1.2\"/>")).isInstanceOf(ExportException.class).hasMessageContaining("not an XLIFF 2.0");
        String markup = xliff.replace("<target>Программы сокращают разрыв.</target>", "<target>Программы <pc id=\"1\">x</pc></target>");
        assertThatThrownBy(() -> importBack(markup)).isInstanceOf(ExportException.class).hasMessageContaining("only plain text");
        assertThat(draft().texts()).isEqualTo(RU);
    }
}
