package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.transform.stream.StreamSource;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.memory.TranslationUnit;
import org.transdesk.memory.internal.TmxReader;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every export format of an approved Vietnamese translation, read back with an independent parser. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:export-formats;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.export.root=target/test-exports"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class ExportFormatsTest {

    static final Path ROOT = Path.of("target/test-exports").toAbsolutePath();
    static final List<String> VI = List.of(
            "ASEAN và Nga <script>alert(1)</script> kỷ niệm 30 năm",
            "Hai bên cam kết \"hợp tác\" & phát triển.",
            "Các chương trình giúp thu hẹp khoảng cách phát triển.");

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired
    ExportService exports;

    Article article;

    @BeforeEach
    void approvedVietnamese() {
        article = articles.importText("""
                date 2021-04-15 ASEAN and Russia <script> mark 30 years
                Both sides pledged "cooperation" & development.
                The programmes help narrow the development gap.""");
        ApprovedFixture.approve(articles, drafting, approval, article, Output.VI, VI);
    }

    @Test
    void plainTextHasTheHeadlineAndParagraphs() {
        String text = new String(exports.export(article.id(), Output.VI, ExportFormat.TEXT).content(), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo(VI.get(0) + "\n\n" + VI.get(1) + "\n\n" + VI.get(2) + "\n");
    }

    @Test
    void htmlIsEscapedAndCarriesTheLanguage() {
        ExportedFile file = exports.export(article.id(), Output.VI, ExportFormat.HTML);
        String html = new String(file.content(), StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"vi\" dir=\"ltr\">")
                .contains("<h1>ASEAN và Nga &lt;script&gt;alert(1)&lt;/script&gt; kỷ niệm 30 năm</h1>")
                .contains("<p>Hai bên cam kết &quot;hợp tác&quot; &amp; phát triển.</p>")
                .doesNotContain("<script>");
        assertThat(file.path()).isEqualTo(ROOT.resolve(article.slug()).resolve("vi.html"));
        assertThat(file.fileName()).isEqualTo(article.slug() + "-vi.html");
    }

    @Test
    void docxHasEveryParagraphTaggedVietnamese() throws Exception {
        byte[] docx = exports.export(article.id(), Output.VI, ExportFormat.DOCX).content();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactlyElementsOf(VI);
            assertThat(doc.getParagraphs()).allSatisfy(p -> assertThat(p.getRuns().getFirst().getLang()).isEqualTo("vi-VN"));
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().getLangArray()).isEmpty();
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("vi-VN");
        }
    }

    @Test
    void docxHeadlineIsAWordHeading1() throws Exception {
        byte[] docx = exports.export(article.id(), Output.VI, ExportFormat.DOCX).content();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph headline = doc.getParagraphs().getFirst();
            assertThat(headline.getStyle()).isEqualTo("Heading1");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isZero();
            assertThat(doc.getParagraphs().subList(1, VI.size())).allSatisfy(p -> assertThat(p.getStyle()).isNull());
        }
    }

    @Test
    void htmlOfARightToLeftLanguageSaysSo() {
        String html = new String(org.transdesk.export.internal.HtmlWriter.write(new org.transdesk.export.internal.ExportContent(
                article, approval.latestApproved(article.id(), Output.VI).orElseThrow(), "ar")), StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void jsonHashIsSha256OfTheSegmentsEachFollowedByANulByte() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(exports.export(article.id(), Output.VI, ExportFormat.JSON).content());

        var sha = java.security.MessageDigest.getInstance("SHA-256");
        for (JsonNode segment : json.get("output").get("segments")) {
            sha.update(segment.asString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        assertThat(json.get("output").get("sha256").asString()).isEqualTo(java.util.HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void xliffIsValidAgainstTheOasisCoreSchemaAndPairsSourceWithTarget() throws Exception {
        byte[] xliff = exports.export(article.id(), Output.VI, ExportFormat.XLIFF).content();

        assertThat(XliffSchemas.validate("2.0", xliff)).isEmpty();
        String xml = new String(xliff, StandardCharsets.UTF_8);
        assertThat(xml).contains("srcLang=\"en\"", "trgLang=\"vi\"", "td:article=\"" + article.id() + "\"", "td:sourceRevision=\"1\"")
                .contains("<unit id=\"s1\"><segment state=\"final\"><source>Both sides pledged \"cooperation\" &amp; development.</source>"
                        + "<target>Hai bên cam kết \"hợp tác\" &amp; phát triển.</target>");
    }

    @Test
    void theOasisSchemaRejectsABrokenFileSoTheValidationCanFail() throws Exception {
        var schema = XliffSchemas.of("2.0");
        String broken = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"><file id=\"f1\"></file></xliff>";

        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))))
                .hasMessageContaining("file");
    }

    @Test
    void tmxReadsBackAsTranslationMemoryPairs() throws Exception {
        byte[] tmx = exports.export(article.id(), Output.VI, ExportFormat.TMX).content();

        List<TranslationUnit> units = TmxReader.read(new ByteArrayInputStream(tmx), "en", "export");
        assertThat(units).extracting(TranslationUnit::sourceText).containsExactlyElementsOf(article.segments());
        assertThat(units).extracting(TranslationUnit::targetText).containsExactlyElementsOf(VI);
        assertThat(units).allSatisfy(u -> assertThat(u.targetLang()).isEqualTo("vi"));
    }

    @Test
    void jsonHasArticleOutputAndProvenance() {
        JsonNode json = JsonMapper.builder().build().readTree(exports.export(article.id(), Output.VI, ExportFormat.JSON).content());

        assertThat(json.get("article").get("title").asString()).isEqualTo("ASEAN and Russia <script> mark 30 years");
        assertThat(json.get("output").get("language").asString()).isEqualTo("vi");
        assertThat(json.get("output").get("approvedBy").asString()).isEqualTo("rita");
        assertThat(json.get("output").get("segments").size()).isEqualTo(3);
        assertThat(json.get("provenance").get("glossaryVersion").asString()).isEqualTo("g-test");
    }

    @Test
    void theBundleHoldsEveryApprovedOutputInEveryFormatThatApplies() throws Exception {
        ApprovedFixture.approve(articles, drafting, approval, article, Output.SUMMARY, List.of("Both sides pledged cooperation."));

        ExportedFile bundle = exports.exportBundle(article.id());

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle.content()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrder("vi.md", "vi.txt", "vi.html", "vi.docx", "vi.xlf", "vi.xliff21.xlf", "vi.xliff12.xlf",
                "vi.tmx", "vi.json",
                "summary.md", "summary.txt", "summary.html", "summary.docx", "summary.json");
        assertThat(Files.exists(ROOT.resolve(article.slug()).resolve("bundle.zip"))).isTrue();
    }

    @Test
    void bilingualFormatsOfASummaryAndUnapprovedOutputsAreRefusedClearly() {
        ApprovedFixture.approve(articles, drafting, approval, article, Output.SUMMARY, List.of("Both sides pledged cooperation."));

        assertThatThrownBy(() -> exports.export(article.id(), Output.SUMMARY, ExportFormat.XLIFF))
                .isInstanceOf(ExportException.class).hasMessageContaining("export a translation");
        assertThatThrownBy(() -> exports.export(article.id(), Output.RU, ExportFormat.DOCX))
                .isInstanceOf(ExportException.class).hasMessageContaining("no approved version yet");
    }

    @Test
    @WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
    void hostileTitlesNeverLeaveTheExportRootNorUseReservedNames() {
        for (String title : List.of("../../../etc/passwd", "CON", "nul", "..", "C:\\Windows\\System32", "LPT1")) {
            Article hostile = articles.importText(title + "\nA paragraph.");
            ApprovedFixture.approve(articles, drafting, approval, hostile, Output.VI, List.of("Tiêu đề", "Một đoạn."));

            ExportedFile file = exports.export(hostile.id(), Output.VI, ExportFormat.TEXT);

            assertThat(file.path().normalize().getParent().getParent()).as(title).isEqualTo(ROOT);
            assertThat(hostile.slug()).as(title).matches("[a-z0-9-]+").isNotIn("con", "nul", "lpt1", "aux", "prn");
            assertThat(file.fileName()).as(title).matches("[a-z0-9-]+-vi\\.txt");
        }
    }
}
