package org.transdesk.workbench.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import org.transdesk.article.Output;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.review.SegmentText;

/**
 * One editable target segment. Saves when the editor leaves the field; remembers the revision it
 * was loaded from so a concurrent save by someone else is detected, not overwritten.
 */
class SegmentEditor extends Div {

    interface SaveHandler {
        /** Saves and returns the stored segment, or null when the save did not happen. */
        SegmentText save(SegmentEditor editor, String text, int basedOnRevision);
    }

    final TextArea area = new TextArea();
    private final Span origin = new Span();
    final Span paragraphStatus = new Span();
    private final Span saveStatus = new Span();
    private final Output output;
    private final int position;
    private int revision;
    private ParagraphStatus status;

    SegmentEditor(Output output, SegmentText segment, boolean editable, SaveHandler handler) {
        this.output = output;
        this.position = segment.position();
        addClassName("segment-cell");
        if (output.isTranslation() && position == 0) {
            addClassName("headline");
        }
        area.addClassName("segment-editor");
        area.getElement().setAttribute("data-output", output.key());
        area.getElement().setAttribute("data-position", String.valueOf(position));
        area.getElement().setAttribute("lang", output.isTranslation() ? output.key() : "en");
        area.setAriaLabel(output.label() + (position == 0 && output.isTranslation() ? " headline" : " paragraph " + position));
        area.setReadOnly(!editable);
        area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        show(segment);
        area.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            SegmentText saved = handler.save(this, e.getValue(), revision);
            if (saved != null) {
                show(saved);
                saveStatus.setText("saved · rev " + saved.revision());
            }
        });
        origin.addClassName("origin-badge");
        saveStatus.addClassName("save-status");
        Div meta = new Div(paragraphStatus, origin, saveStatus);
        meta.addClassName("segment-meta");
        add(area, meta);
    }

    void show(SegmentText segment) {
        revision = segment.revision();
        if (!segment.text().equals(area.getValue())) {
            area.setValue(segment.text());
        }
        paragraphStatus.setText(segment.status().label());
        paragraphStatus.setClassName("paragraph-status " + segment.status().name().toLowerCase(Locale.ROOT));
        paragraphStatus.getElement().setAttribute("data-status", segment.status().name());
        status = segment.status();
        origin.setText(originLabel(segment));
        origin.getElement().setAttribute("title", segment.note() == null ? "" : segment.note());
        origin.setClassName("origin-badge " + segment.origin().toLowerCase(Locale.ROOT));
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

    private static String originLabel(SegmentText s) {
        return switch (s.origin()) {
            case "MEMORY_EXACT" -> "TM " + (s.matchScore() == null ? 100 : s.matchScore()) + "%";
            case "MEMORY_FUZZY" -> "TM fuzzy " + s.matchScore() + "%";
            case "MEMORY_PARTIAL" -> "Partly untranslated";
            case "UNTRANSLATED" -> "Untranslated";
            case "EXTRACTED" -> "Extracted";
            case "MODEL" -> "Model";
            case "EDITED" -> "Edited";
            case "FAILED" -> "Failed";
            default -> s.origin();
        };
    }
}
