package org.transdesk.workbench.ui;

import org.transdesk.base.ui.Messages;
import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InertHtml;
import org.transdesk.base.ui.InlineMessage;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.review.SegmentText;

/**
 * One editable target paragraph with its status written out beside it. Saves when the editor leaves
 * the field; remembers the revision it was loaded from so a concurrent save is detected, not
 * overwritten. A save that fails for any reason leaves the typed text in the box and says why right
 * under it, with a button to save again.
 */
class SegmentEditor extends Div {

    interface SaveHandler {
        /** Saves; true when the text was stored (the handler then calls {@link #show} and {@link #saved}). */
        boolean save(SegmentEditor editor, String text, int basedOnRevision);
    }

    final ParagraphBox area = new ParagraphBox();
    /**
     * The status line under the box, one element ({@link InertHtml}): the paragraph's status, its origin badge (with
     * the engine's note as its tooltip) and, from the first save on, "Saved · rev n" or "Not saved". As spans with
     * text nodes it was five state nodes a paragraph, a fifth of an open workbench.
     */
    private final Div meta = new Div();
    private String saveNote;
    /** What the box and its status line show now. */
    private SegmentText shown;
    /** Made on the first failure only: a 45-paragraph article needs none of them until something fails. */
    private InlineMessage error;
    private Button saveAgain;
    private final SaveHandler handler;
    private final Output output;
    private final int position;
    private final String label;
    private final TextLanguage texts;
    private int revision;
    private ParagraphStatus status;

    SegmentEditor(Output output, TextLanguage texts, SegmentText segment, boolean editable, SaveHandler handler) {
        this.output = output;
        this.texts = texts;
        this.handler = handler;
        this.position = segment.position();
        this.label = Words.paragraph(output, position);
        addClassName("segment-cell");
        if (output.isTranslation() && position == 0) {
            addClassName("headline");
        }
        area.addClassName("segment-editor");
        area.getElement().setAttribute("data-output", output.key());
        area.getElement().setAttribute("data-position", String.valueOf(position));
        area.setReadOnly(!editable);
        show(segment);
        area.onTyped(text -> handler.save(this, text, revision));
        meta.addClassName("segment-meta");
        add(area, meta);
    }

    /** Shows the paragraph as stored; the box's text is replaced only when it differs. */
    void show(SegmentText segment) {
        revision = segment.revision();
        if (!segment.text().equals(area.getValue())) {
            area.setValue(segment.text());
        }
        status = segment.status();
        area.getElement().setAttribute("lang", language(segment));
        String name = segment.status().name();
        getElement().setAttribute("data-status", name);
        area.getElement().setAttribute("data-revision", String.valueOf(revision));
        area.setAriaLabel(label + ", " + Words.status(segment.status()).toLowerCase(Messages.locale()));
        shown = segment;
        showMeta(segment);
    }

    private void showMeta(SegmentText segment) {
        var status = InertHtml.span(Words.status(segment.status()), "paragraph-status", segment.status().name().toLowerCase(Locale.ROOT))
                .attr("data-status", segment.status().name())
                .attr("aria-hidden", "true"); // the box's accessible name says it
        var origin = InertHtml.span(originLabel(segment), "origin-badge", segment.origin().toLowerCase(Locale.ROOT))
                .attr("title", originNote(segment));
        InertHtml.fill(meta.getElement(), saveNote == null ? List.of(status, origin)
                : List.of(status, origin, InertHtml.span(saveNote, "save-status")));
    }

    /** The status line's status as the browser shows it. */
    String shownStatus() {
        return InertHtml.text(meta.getElement(), "paragraph-status");
    }

    private void saveNote(String note) {
        saveNote = note;
        showMeta(shown);
    }

    /** The save went through: any earlier failure is cleared. */
    void saved(SegmentText segment) {
        show(segment);
        clearError();
        saveNote(tr("workbench.saved", segment.revision()));
    }

    /** The save did not happen: the typed text stays in the box, the reason right under it. */
    void failed(String message) {
        area.setInvalid(true);
        saveNote(tr("workbench.not-saved"));
        error().error(tr("workbench.not-saved.message", message));
        saveAgain().setVisible(true);
    }

    /** A refusal of another action on this paragraph (confirm, restore): shown here, the text untouched. */
    void refused(String message) {
        error().error(message);
        saveAgain().setVisible(false);
    }

    void clearError() {
        area.setInvalid(false);
        if (error != null) {
            error.clear();
        }
    }

    /** Shows (or, with null, removes) what an earlier session left unsaved for this paragraph, under the box. */
    void showOffer(UnsavedOffer offer) {
        getChildren().filter(UnsavedOffer.class::isInstance).toList().forEach(this::remove);
        if (offer != null) {
            addComponentAtIndex(1, offer);
        }
    }

    /** The message under the box ({@code role=alert} for failures). */
    InlineMessage error() {
        if (error == null) {
            error = new InlineMessage();
            error.addClassName("paragraph-error");
            addComponentAtIndex(1, error);
        }
        return error;
    }

    Button saveAgain() {
        if (saveAgain == null) {
            saveAgain = new Button(tr("workbench.save-again"), e -> handler.save(this, area.getValue(), revision));
            saveAgain.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            saveAgain.addClassName("save-again");
            error().add(saveAgain);
        }
        return saveAgain;
    }

    int position() {
        return position;
    }

    /** The paragraph's status as last loaded or saved. */
    ParagraphStatus status() {
        return status;
    }

    /** The revision the text on screen was loaded from: what a save or restore must name. */
    int revision() {
        return revision;
    }

    Output output() {
        return output;
    }

    /**
     * The language of the text in the box, for {@code lang}: the output's, except a summary (written in
     * the source language) and a paragraph that holds the source text (untranslated, or the source
     * copied in to be translated over).
     */
    String language(SegmentText segment) {
        boolean holdsSource = segment.status() == ParagraphStatus.UNTRANSLATED && !segment.text().isBlank();
        return holdsSource ? texts.sourceLanguage() : texts.of(segment.text());
    }

    /** The badge's tooltip in the screen's language; the engine's own note (English, written by the llm layer) only on an English screen. */
    static String originNote(SegmentText s) {
        int score = s.matchScore() == null ? 100 : s.matchScore();
        String said = switch (s.origin()) {
            case "MEMORY_EXACT" -> tr("origin.note.MEMORY_EXACT", score);
            case "MEMORY_FUZZY" -> tr("origin.note.MEMORY_FUZZY", score);
            case "MEMORY_PARTIAL" -> tr("origin.note.MEMORY_PARTIAL");
            case "UNTRANSLATED" -> tr("origin.note.UNTRANSLATED");
            case "EXTRACTED" -> tr("origin.note.EXTRACTED");
            case "MODEL" -> tr("origin.note.MODEL");
            case "EDITED" -> tr("origin.note.EDITED");
            case "FAILED" -> tr("origin.note.FAILED");
            default -> "!";
        };
        boolean noted = s.note() != null && !s.note().isBlank();
        return noted && (said.startsWith("!") || Messages.screenIsEnglish()) ? s.note() : said.startsWith("!") ? "" : said;
    }

    private static String originLabel(SegmentText s) {
        return switch (s.origin()) {
            case "MEMORY_EXACT" -> tr("origin.MEMORY_EXACT", s.matchScore() == null ? 100 : s.matchScore());
            case "MEMORY_FUZZY" -> tr("origin.MEMORY_FUZZY", s.matchScore());
            case "MEMORY_PARTIAL" -> tr("origin.MEMORY_PARTIAL");
            case "UNTRANSLATED" -> tr("origin.UNTRANSLATED");
            case "EXTRACTED" -> tr("origin.EXTRACTED");
            case "MODEL" -> tr("origin.MODEL");
            case "EDITED" -> tr("origin.EDITED");
            case "FAILED" -> tr("origin.FAILED");
            default -> s.origin();
        };
    }
}
