package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryTerm;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.memory.TranslationUnit;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.SegmentText;

/** The paragraph tools dialog opened from the tool row under a paragraph, without a browser. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:paragraph-tools;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
class ParagraphToolsDialogTest extends SpringBrowserlessTest {

    static final DraftProvenance ENGINE = new DraftProvenance("test", "Hand-written test draft", null, null, null, 0, 0, 0, BigDecimal.ZERO);

    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired TranslationMemory memory;
    @Autowired Glossary glossary;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_fuzzy_memory_match_shows_its_score_and_source_diff_and_can_be_used_as_the_paragraph_text() {
        String place = "Quynhport" + System.nanoTime();
        Article article = articleWithRussian("Ferries " + place + "\nThe ferry to " + place + " resumed on Monday after the storm.");
        memory.addAll(List.of(new TranslationUnit("en", "ru", "The ferry to " + place + " resumed on Tuesday after the storm.",
                "Паром на " + place + " возобновил работу во вторник после шторма.", "paragraph", "TMX import desk.tmx", null)));
        navigate("articles/" + article.id(), WorkbenchView.class);

        ParagraphToolsDialog dialog = openTools(Output.RU, 1);
        Div suggestion = find(Div.class, dialog.suggestions).withClassName("memory-suggestion").single();
        int score = Integer.parseInt(suggestion.getElement().getAttribute("data-score"));
        assertThat(score).isBetween(memory.fuzzyThreshold(), 99);
        assertThat(find(Span.class, suggestion).all()).extracting(Span::getText)
                .contains(score + "% fuzzy · TMX import desk.tmx", "Tuesday", "Monday");
        assertThat(find(Span.class, suggestion).withClassName("diff-removed").single().getText()).isEqualTo("Tuesday");

        test(dialog.useButtons.getFirst()).click();

        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        assertThat(draft.segments().get(1).text()).isEqualTo("Паром на " + place + " возобновил работу во вторник после шторма.");
        assertThat(drafts.history(draft.id(), 1).getLast().kind()).isEqualTo("EDIT");
    }

    @Test
    @WithMockUser(username = "chief", roles = {"EDITOR", "REVIEWER"})
    void the_glossary_terms_of_the_source_paragraph_show_their_rendering_in_the_output_language_and_do_not_translate_marks() {
        String marker = String.valueOf(System.nanoTime());
        glossary.save(new GlossaryTerm(0, "en", "Mekong Council " + marker, Map.of("ru", "Совет Меконга " + marker), null, false, false));
        glossary.save(new GlossaryTerm(0, "en", "VNX" + marker, Map.of(), "stock index", true, true));
        Article article = articleWithRussian("Index\nThe Mekong Council " + marker + " watched the VNX" + marker + " fall.");
        navigate("articles/" + article.id(), WorkbenchView.class);

        ParagraphToolsDialog dialog = openTools(Output.RU, 1);

        List<Div> hits = find(Div.class, dialog.glossaryTerms).withClassName("glossary-hit").all();
        assertThat(hits).extracting(h -> h.getChildren().findFirst().map(c -> ((Span) c).getText()).orElseThrow())
                .containsExactly("Mekong Council " + marker + " → Совет Меконга " + marker,
                        "VNX" + marker + " → do not translate: keep \"VNX" + marker + "\"");
        assertThat(hits.get(1).getClassNames()).contains("do-not-translate");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void regenerate_stores_a_new_engine_revision_and_a_stale_paragraph_is_left_alone() {
        String place = "Quynhport" + System.nanoTime();
        Article article = articleWithRussian("Ports\nThe port of " + place + " reopened.\nThe ferry to " + place + " resumed.");
        memory.addAll(List.of(
                new TranslationUnit("en", "ru", "The port of " + place + " reopened.", "Порт " + place + " снова открыт.", "paragraph", "test", null),
                new TranslationUnit("en", "ru", "The ferry to " + place + " resumed.", "Паром на " + place + " снова ходит.", "paragraph", "test", null)));
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        navigate("articles/" + article.id(), WorkbenchView.class);

        ParagraphToolsDialog first = openTools(Output.RU, 1);
        test(first.regenerate).click();
        awaitRegenerated(first);
        assertThat(drafts.history(draft.id(), 1)).hasSize(2).last().extracting(r -> r.kind()).isEqualTo("ENGINE");
        assertThat(Workbench.editor(this, Output.RU, 1).area.getValue()).isEqualTo("Порт " + place + " снова открыт.");

        ParagraphToolsDialog second = openTools(Output.RU, 2);
        SegmentText savedMeanwhile = editing.editSegment(draft.id(), 2, "Паром снова ходит.", draft.segments().get(2).revision());
        test(second.regenerate).click();
        awaitRegenerated(second);
        assertThat(second.refusal.message()).contains("was saved again");
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().segments().get(2)).isEqualTo(savedMeanwhile);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void regenerating_a_paragraph_does_not_hold_the_screen_and_says_so_until_the_text_arrives() {
        String place = "Quynhbay" + System.nanoTime();
        Article article = articleWithRussian("Bays\nThe bay of " + place + " is calm.");
        memory.addAll(List.of(new TranslationUnit("en", "ru", "The bay of " + place + " is calm.", "Залив " + place + " спокоен.",
                "paragraph", "test", null)));
        navigate("articles/" + article.id(), WorkbenchView.class);
        ParagraphToolsDialog dialog = openTools(Output.RU, 1);

        SegmentEditor editor = Workbench.editor(this, Output.RU, 1); // looked up before: a lookup runs queued UI updates

        test(dialog.regenerate).click(); // returns without waiting for the engine: its answer is a later UI update

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.regenerating.isVisible()).isTrue();
        assertThat(dialog.regenerating.getText()).startsWith("Regenerating…");
        assertThat(dialog.regenerate.isEnabled()).isFalse();
        assertThat(dialog.cancelRegenerate.isVisible()).as("the run can be cancelled while it goes on").isTrue();
        assertThat(editor.area.getValue()).isEqualTo("Старый текст");

        awaitRegenerated(dialog);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(Workbench.editor(this, Output.RU, 1).area.getValue()).isEqualTo("Залив " + place + " спокоен.");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_paragraph_with_nothing_in_memory_is_refused_in_the_dialog_after_the_engine_answered() {
        Article article = articleWithRussian("Nothing\nThe zqxv of Vwqzk" + System.nanoTime() + " is calm.");
        navigate("articles/" + article.id(), WorkbenchView.class);
        ParagraphToolsDialog dialog = openTools(Output.RU, 1);

        test(dialog.regenerate).click();
        awaitRegenerated(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.refusal.message()).startsWith("Nothing to translate from memory for paragraph 1");
        assertThat(dialog.regenerate.isEnabled()).isTrue();
        assertThat(dialog.regenerating.isVisible()).isFalse();
        assertThat(dialog.cancelRegenerate.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_russian_editor_reads_the_regeneration_refusal_in_russian() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(org.transdesk.base.ui.Messages.RUSSIAN);
        Article article = articleWithRussian("Nothing\nThe zqxv of Vwqzk" + System.nanoTime() + " is calm.");
        navigate("articles/" + article.id(), WorkbenchView.class);
        ParagraphToolsDialog dialog = openTools(Output.RU, 1);

        test(dialog.regenerate).click();
        awaitRegenerated(dialog);

        // the refusal was put into words on the worker's thread, where the screen's language is unknown: it said it in English
        assertThat(dialog.refusal.message()).startsWith("В памяти переводов нет ничего для абзаца 1");
    }

    /** Runs the UI updates the regeneration's worker queued until it answered. */
    private static void awaitRegenerated(ParagraphToolsDialog dialog) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (dialog.isOpened() && dialog.regenerating.isVisible()) {
            assertThat(System.nanoTime()).as("the regeneration answered in time").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
            com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
        }
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_summary_paragraph_offers_no_single_paragraph_regeneration_and_says_why() {
        Article article = articleWithRussian("Summary " + System.nanoTime() + "\nThe port reopened.");
        drafting.saveGenerated(article.id(), Output.SUMMARY, article.sourceRevision(),
                new GeneratedDraft(List.of(new GeneratedDraft.Segment("The port reopened.", "EXTRACTED", null, null)), ENGINE));
        navigate("articles/" + article.id(), WorkbenchView.class);

        ParagraphToolsDialog dialog = openTools(Output.SUMMARY, 0);

        assertThat(dialog.regenerate.isVisible()).isFalse();
        assertThat(find(Span.class, dialog).all()).extracting(Span::getText).anyMatch(t -> t.contains("regenerate the whole summary"));
    }

    private ParagraphToolsDialog openTools(Output output, int position) {
        SegmentTools tools = Workbench.buttons(this, output, position);
        test(tools.paragraphTools).click();
        return find(ParagraphToolsDialog.class).single();
    }

    private Article articleWithRussian(String text) {
        Article article = articles.importText(text);
        var segments = article.segments().stream().map(s -> new GeneratedDraft.Segment("Старый текст", "MODEL", null, null)).toList();
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(segments, ENGINE));
        return article;
    }
}
