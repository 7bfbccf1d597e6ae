package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.transdesk.base.ui.InertHtml;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.ui.FindingTexts;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.ModelReviewFindings;

/**
 * QA findings as one line each: severity, the kind when a model found it, message, and the offending words
 * when the check knows them.
 * With {@link Actions}, each finding can be dismissed with a reason (an editor proposes it), a proposal
 * shows who asked and why, and the dismissed findings sit behind a "Dismissed" toggle with who and why.
 */
class QaFindingsList extends Div {

    private static final int MAX_SPAN = 60;

    /** What the list can ask for; a reviewer dismisses, accepts, rejects and undoes, an editor proposes. */
    interface Actions {
        boolean reviewer();

        /** Dismiss (reviewer) or propose dismissing (editor) {@code finding} for {@code reason}. */
        void dismiss(QaFinding finding, String reason);

        void accept(FindingDismissal proposal);

        void reject(FindingDismissal proposal);

        void undo(FindingDismissal dismissal);
    }

    private Actions actions;
    private boolean showDismissed;

    QaFindingsList() {
        addClassName("qa-findings");
    }

    /** Offers dismissing findings from now on (on the next {@link #show}). */
    void onActions(Actions actions) {
        this.actions = actions;
    }

    void show(List<QaFinding> findings, String text) {
        show(findings, List.of(), text);
    }

    /** The findings that count, each with its open proposal if any, and the dismissed ones behind a toggle. */
    void show(List<QaFinding> findings, List<FindingDismissal> dismissals, String text) {
        removeAll();
        List<FindingDismissal> dismissed = dismissals.stream().filter(FindingDismissal::dismissed).toList();
        setVisible(!findings.isEmpty() || !dismissed.isEmpty());
        for (QaFinding f : findings) {
            Div line = line(f, text);
            if (actions != null) {
                dismissals.stream().filter(d -> !d.dismissed() && d.isAbout(f)).findFirst().ifPresentOrElse(
                        proposal -> proposal(line, proposal), () -> line.add(small(tr(actions.reviewer() ? "qa.dismiss" : "qa.dismiss.propose"),
                                "qa-dismiss-button", () -> new DismissFindingDialog(f, actions.reviewer(), reason -> actions.dismiss(f, reason)).open())));
            }
            add(line);
        }
        if (!dismissed.isEmpty()) {
            Div section = new Div();
            section.addClassName("qa-dismissed");
            section.setVisible(showDismissed);
            for (FindingDismissal d : dismissed) {
                Div line = line(d.finding(), text);
                line.addClassName("dismissed");
                Span who = new Span(" " + tr("qa.dismissed-by", d.decidedBy(), d.reason()));
                who.addClassName("qa-dismissal");
                line.add(who);
                if (actions != null && actions.reviewer()) {
                    line.add(small(tr("qa.dismiss.undo"), "qa-undo-button", () -> actions.undo(d)));
                }
                section.add(line);
            }
            Button toggle = new Button(tr("qa.dismissed", dismissed.size()));
            toggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            toggle.addClassName("qa-dismissed-toggle");
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(showDismissed));
            toggle.addClickListener(e -> {
                showDismissed = !showDismissed;
                section.setVisible(showDismissed);
                toggle.getElement().setAttribute("aria-expanded", String.valueOf(showDismissed));
            });
            add(toggle, section);
        }
    }

    /**
     * The same lines as inert text ({@link InertHtml}) in one element, for a paragraph not being worked on: an open
     * proposal is said, the dismissed ones only counted, and there are no buttons (they come with the paragraph's focus).
     * As components each line was five to nine state nodes the session kept for every paragraph with findings (issue #15).
     */
    static Div inert(List<QaFinding> findings, List<FindingDismissal> dismissals, String text) {
        List<org.jsoup.nodes.Element> lines = new java.util.ArrayList<>();
        for (QaFinding f : findings) {
            org.jsoup.nodes.Element line = markup(f, text);
            dismissals.stream().filter(d -> !d.dismissed() && d.isAbout(f)).findFirst().ifPresent(proposal ->
                    line.appendChild(InertHtml.span(" " + tr("qa.dismiss.proposed-by", proposal.proposedBy(), proposal.reason()), "qa-dismissal")));
            lines.add(line);
        }
        long dismissed = dismissals.stream().filter(FindingDismissal::dismissed).count();
        if (dismissed > 0) {
            lines.add(InertHtml.div(tr("qa.dismissed", dismissed), "qa-dismissed-note"));
        }
        Div content = new Div();
        content.addClassNames("qa-findings", INERT);
        InertHtml.fill(content.getElement(), lines);
        return content;
    }

    /** The class of {@link #inert} findings. */
    static final String INERT = "inert";

    /**
     * One finding as the browser shows it: severity, the kind when a model found it (a model's opinion, not a rule's: said
     * before the message, which names the model), message, and the offending words. The one description of a line, for
     * the inert lines and for the lines with buttons alike.
     */
    private static org.jsoup.nodes.Element markup(QaFinding f, String text) {
        org.jsoup.nodes.Element line = InertHtml.div("", "qa-finding").attr("data-check", f.check()).attr("data-severity", f.severity().name());
        line.appendChild(InertHtml.span(FindingTexts.severity(f.severity()), "qa-severity", f.severity().name().toLowerCase(Locale.ROOT)));
        if (ModelReviewFindings.CHECK.equals(f.check())) {
            line.appendChild(InertHtml.span(" " + tr("qa.kind.model-review"), "qa-kind"));
        }
        line.appendChild(InertHtml.span(" " + FindingTexts.message(f)));
        String span = span(f, text);
        if (span != null) {
            line.appendChild(InertHtml.span(" ")).appendChild(InertHtml.span(span, "qa-span"));
        }
        return line;
    }

    /** {@link #markup} as components, for a line that gets buttons beside its words. */
    private static Div line(QaFinding f, String text) {
        org.jsoup.nodes.Element markup = markup(f, text);
        Div line = new Div();
        line.addClassName("qa-finding");
        markup.attributes().forEach(a -> {
            if (a.getKey().startsWith("data-")) {
                line.getElement().setAttribute(a.getKey(), a.getValue());
            }
        });
        for (org.jsoup.nodes.Element piece : markup.children()) {
            Span words = new Span(piece.wholeText());
            piece.classNames().forEach(words::addClassName);
            line.add(words);
        }
        return line;
    }

    /** "Dismissal proposed by ed: reason", with Accept and Reject for a reviewer. */
    private void proposal(Div line, FindingDismissal proposal) {
        Span asked = new Span(" " + tr("qa.dismiss.proposed-by", proposal.proposedBy(), proposal.reason()));
        asked.addClassName("qa-dismissal");
        line.add(asked);
        if (actions.reviewer()) {
            line.add(small(tr("qa.dismiss.accept"), "qa-accept-button", () -> actions.accept(proposal)),
                    small(tr("qa.dismiss.reject"), "qa-reject-button", () -> actions.reject(proposal)));
        }
    }

    private static Button small(String text, String className, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.addClassName(className);
        return button;
    }

    /** The offending text, shortened; null when the finding has no span or the text changed under it. */
    static String span(QaFinding f, String text) {
        if (!f.hasSpan() || text == null || f.end() > text.length()) {
            return null;
        }
        String s = text.substring(f.start(), f.end());
        return s.length() <= MAX_SPAN ? s : s.substring(0, MAX_SPAN) + "…";
    }
}
