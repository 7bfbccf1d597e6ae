package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.CommentService;
import org.transdesk.review.CommentThread;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.support.IntegrationTest;

/**
 * XLIFF 2.0, 2.1 and 1.2 exports validate against the OASIS schemas, carry state and comments as
 * notes, and come back through the same merge; the validator's messages are written to
 * {@code target/xliff-validation/} for the record.
 */
@IntegrationTest
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class XliffVersionsTest {

    static final List<String> VI = List.of("ASEAN và Nga <hợp tác> & phát triển", "Hai bên cam kết hợp tác.");

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired
    DraftingService drafting;
    @Autowired
    ApprovalService approval;
    @Autowired
    ExportService exports;
    @Autowired
    XliffImportService xliffImport;
    @Autowired
    CommentService comments;

    Article article;

    @BeforeEach
    void approvedVietnameseWithAComment() {
        article = articles.importText("ASEAN and Russia <cooperate> & develop\nBoth sides pledged cooperation.");
        ApprovedFixture.approve(articles, drafting, approval, article, Output.VI, VI);
        comments.comment(draft().id(), 1, "Check \"pledged\" against the style guide.");
    }

    private Draft draft() {
        return drafts.find(article.id(), Output.VI).orElseThrow();
    }

    private String export(ExportFormat format) {
        return new String(exports.export(article.id(), Output.VI, format).content(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"XLIFF", "XLIFF_2_1", "XLIFF_1_2"})
    void every_xliff_version_validates_against_its_oasis_schema(ExportFormat format) throws Exception {
        byte[] file = exports.export(article.id(), Output.VI, format).content();

        List<String> messages = XliffSchemas.validate(format.xliffVersion(), file);

        Path record = Path.of("target/xliff-validation", "xliff-" + format.xliffVersion() + ".txt");
        Files.createDirectories(record.getParent());
        Files.writeString(record, "XLIFF " + format.xliffVersion() + " export validated with "
                + "javax.xml.validation (JDK " + Runtime.version() + ") against the vendored OASIS schema: "
                + (messages.isEmpty() ? "valid, 0 errors, 0 warnings" : String.join("\n", messages)) + "\n");
        assertThat(messages).isEmpty();
    }

    @Test
    void the_schemas_reject_a_broken_file_so_the_validation_can_fail() throws Exception {
        byte[] broken12 = export(ExportFormat.XLIFF_1_2).replace("datatype=\"plaintext\"", "").getBytes(StandardCharsets.UTF_8);
        byte[] broken20 = export(ExportFormat.XLIFF).replace("state=\"final\"", "state=\"done\"").getBytes(StandardCharsets.UTF_8);

        assertThat(XliffSchemas.validate("1.2", broken12)).anySatisfy(m -> assertThat(m).contains("datatype"));
        assertThat(XliffSchemas.validate("2.0", broken20)).anySatisfy(m -> assertThat(m).contains("done"));
        assertThat(XliffSchemas.validate("2.1", broken20)).anySatisfy(m -> assertThat(m).contains("done"));
    }

    @Test
    void state_and_comments_are_exported_as_notes_in_each_version() {
        assertThat(export(ExportFormat.XLIFF)).contains("version=\"2.0\"")
                .contains("<unit id=\"s1\"><notes><note category=\"comment\" td:author=\"rita\">Check \"pledged\" against the style guide.</note></notes>"
                        + "<segment state=\"final\">");
        assertThat(export(ExportFormat.XLIFF_2_1)).contains("version=\"2.1\"").contains("td:author=\"rita\"");
        assertThat(export(ExportFormat.XLIFF_1_2)).contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"")
                .contains("<target state=\"final\">Hai bên cam kết hợp tác.</target><note from=\"rita\">Check \"pledged\" against the style guide.</note>");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"XLIFF", "XLIFF_2_1", "XLIFF_1_2"})
    void each_version_comes_back_through_the_merge_with_new_notes_as_comments(ExportFormat format) {
        String file = export(format).replace(">Hai bên cam kết hợp tác.</target>", ">Hai bên cam kết hợp tác chặt chẽ.</target>");
        file = format == ExportFormat.XLIFF_1_2
                ? file.replace("</trans-unit>\n</body>", "<note from=\"cat\">Client approved.</note></trans-unit>\n</body>")
                : file.replace("against the style guide.</note></notes>", "against the style guide.</note><note>Client approved.</note></notes>");

        XliffImportResult result = xliffImport.apply(article.id(), Output.VI, file.getBytes(StandardCharsets.UTF_8), null, List.of());

        assertThat(result.fromFile()).containsExactly(1);
        assertThat(result.notesAdded()).isEqualTo(1);
        assertThat(draft().texts().get(1)).isEqualTo("Hai bên cam kết hợp tác chặt chẽ.");
        assertThat(comments.threads(draft().id(), 1)).extracting(t -> t.opening().body())
                .containsExactly("Check \"pledged\" against the style guide.", "Client approved.");
        assertThat(xliffImport.preview(article.id(), Output.VI, file.getBytes(StandardCharsets.UTF_8)).newNotes())
                .as("importing the same file again adds no note twice").isZero();
    }

    @Test
    void a_text_signed_off_in_the_cat_tool_is_confirmed_here_and_one_only_translated_stays_edited() {
        String signedOff = export(ExportFormat.XLIFF_1_2).replace("<target state=\"final\">Hai bên cam kết hợp tác.</target>",
                "<target state=\"signed-off\">Hai bên cam kết hợp tác chặt chẽ.</target>");
        xliffImport.apply(article.id(), Output.VI, signedOff.getBytes(StandardCharsets.UTF_8), null, List.of());
        assertThat(draft().segments().get(1).status()).isEqualTo(ParagraphStatus.CONFIRMED);

        String translated = export(ExportFormat.XLIFF).replaceFirst("<segment state=\"final\">(<source>ASEAN and Russia[^<]*</source>)<target>[^<]*</target>",
                "<segment state=\"translated\">$1<target>ASEAN và Nga cùng phát triển</target>");
        xliffImport.apply(article.id(), Output.VI, translated.getBytes(StandardCharsets.UTF_8), null, List.of());
        assertThat(draft().segments().get(0)).satisfies(s -> {
            assertThat(s.text()).isEqualTo("ASEAN và Nga cùng phát triển");
            assertThat(s.status()).isEqualTo(ParagraphStatus.EDITED);
        });
    }

    @Test
    void a_resolved_comment_is_not_exported() {
        CommentThread thread = comments.threads(draft().id(), 1).getFirst();
        comments.resolve(thread.opening().id());

        assertThat(export(ExportFormat.XLIFF)).doesNotContain("<notes>");
    }
}
