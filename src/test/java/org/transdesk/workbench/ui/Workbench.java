package org.transdesk.workbench.ui;

import com.vaadin.browserless.BaseBrowserlessTest;
import org.transdesk.article.Article;
import org.transdesk.article.Output;

/** Finding the workbench's parts in a browserless test: the open view, a paragraph's editor and tools, a column head. */
final class Workbench {

    private Workbench() {
    }

    static WorkbenchView open(BaseBrowserlessTest test, Article article) {
        return test.navigate("articles/" + article.id(), WorkbenchView.class);
    }

    static SegmentEditor editor(BaseBrowserlessTest test, Output output, int position) {
        return test.find(SegmentEditor.class).all().stream()
                .filter(e -> e.output().equals(output) && e.position() == position).findFirst()
                .orElseThrow(() -> new AssertionError("no " + output + " editor for paragraph " + position));
    }

    /**
     * A paragraph's tools as the editor working on it has them: its box gets the focus, so its findings are lines with
     * their buttons (under a paragraph not being worked on they are inert text) and its buttons are made.
     */
    static SegmentTools tools(BaseBrowserlessTest test, Output output, int position) {
        SegmentEditor editor = editor(test, output, position);
        focus(editor);
        return test.find(WorkbenchView.class).single().review().toolsOf(editor).orElseThrow();
    }

    /** A paragraph's tools with their buttons (confirm, history, comments, tools): made once its box has the focus. */
    static SegmentTools buttons(BaseBrowserlessTest test, Output output, int position) {
        SegmentEditor editor = editor(test, output, position);
        focus(editor);
        SegmentTools tools = test.find(WorkbenchView.class).single().review().toolsOf(editor).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(tools.buttonsShown()).isTrue();
        return tools;
    }

    /** The paragraphs' tools that have their buttons on the page now (the paragraph worked on, those with comments). */
    static java.util.List<SegmentTools> withButtons(BaseBrowserlessTest test) {
        ReviewPanels review = test.find(WorkbenchView.class).single().review();
        return test.find(SegmentEditor.class).all().stream().map(review::toolsOf).flatMap(java.util.Optional::stream)
                .filter(SegmentTools::buttonsShown).toList();
    }

    /** The paragraph's box gets the focus, as a click or Tab into it does in the browser. */
    static void focus(SegmentEditor editor) {
        com.vaadin.flow.dom.Element grid = editor.getElement();
        while (!grid.getClassList().contains("workbench-grid")) {
            grid = grid.getParent();
        }
        // what the browser sends when the focus goes into the box: focusin, bubbled up to the grid, naming the box
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(ReviewPanels.FOCUSED_BOX, true);
        data.put(ReviewPanels.FOCUSED_OUTPUT, editor.output().key());
        data.put(ReviewPanels.FOCUSED_POSITION, String.valueOf(editor.position()));
        grid.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(grid, "focusin", data));
    }

    /**
     * The editor types this text in the paragraph's box and leaves it, as the browser reports it: the box's value comes
     * back with its change event, as a synchronised property (what {@link ParagraphBox} listens to).
     */
    static void type(SegmentEditor editor, String text) {
        type(editor.area, text);
    }

    static void type(ParagraphBox box, String text) {
        try {
            box.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new AssertionError("the box does not take its value from the browser", e);
        }
    }

    /**
     * What the page shows as inert text ({@link org.transdesk.base.ui.InertHtml}) matching a CSS selector, as the
     * browser gets it: column titles, state badges, status lines, the head's engine and version lines.
     */
    static java.util.List<org.jsoup.nodes.Element> inert(BaseBrowserlessTest test, String cssSelector) {
        java.util.List<org.jsoup.nodes.Element> found = new java.util.ArrayList<>();
        test.find(com.vaadin.flow.component.Component.class).all().stream().map(com.vaadin.flow.component.Component::getElement)
                .filter(e -> e.hasProperty("innerHTML"))
                .forEach(e -> found.addAll(org.transdesk.base.ui.InertHtml.parsed(e).select(cssSelector)));
        return found;
    }

    /**
     * Every finding line a paragraph's box shows as its helper (not the dismissed ones), as the browser gets it, whether
     * inert text or a list with buttons: its {@code data-check}, {@code data-severity} and spans.
     */
    static java.util.List<org.jsoup.nodes.Element> findingLines(com.vaadin.flow.component.Component helper) {
        if (helper == null) {
            return java.util.List.of();
        }
        if (helper.hasClassName(QaFindingsList.INERT)) {
            return org.transdesk.base.ui.InertHtml.parsed(helper.getElement()).select(".qa-finding");
        }
        java.util.List<org.jsoup.nodes.Element> lines = new java.util.ArrayList<>();
        helper.getChildren().filter(c -> c.hasClassName("qa-finding")).forEach(c -> {
            org.jsoup.nodes.Element line = new org.jsoup.nodes.Element("div").addClass("qa-finding")
                    .attr("data-check", c.getElement().getAttribute("data-check"))
                    .attr("data-severity", c.getElement().getAttribute("data-severity"));
            c.getElement().getChildren().filter(e -> !e.isTextNode() && "span".equals(e.getTag()))
                    .forEach(e -> line.appendChild(org.transdesk.base.ui.InertHtml.span(e.getTextRecursively(), e.getClassList().toArray(String[]::new))));
            lines.add(line);
        });
        return lines;
    }

    /** The text of the one inert piece matching the selector. */
    static String inertText(BaseBrowserlessTest test, String cssSelector) {
        java.util.List<org.jsoup.nodes.Element> found = inert(test, cssSelector);
        org.assertj.core.api.Assertions.assertThat(found).as(cssSelector).hasSize(1);
        return found.getFirst().text();
    }

    static OutputHeader header(BaseBrowserlessTest test, Output output) {
        return test.find(OutputHeader.class).all().stream()
                .filter(h -> output.key().equals(h.getElement().getAttribute("data-output"))).findFirst()
                .orElseThrow(() -> new AssertionError("no column head for " + output));
    }
}
