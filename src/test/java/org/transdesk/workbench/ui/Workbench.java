package org.transdesk.workbench.ui;

import com.vaadin.browserless.BaseBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
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
     * A paragraph's tools: its findings, and its buttons if it has comments or is being worked on. A paragraph with
     * neither findings nor comments has none until its box gets the focus: then it is focused.
     */
    static SegmentTools tools(BaseBrowserlessTest test, Output output, int position) {
        SegmentEditor editor = editor(test, output, position);
        ReviewPanels review = test.find(WorkbenchView.class).single().review();
        return review.toolsOf(editor).orElseGet(() -> {
            focus(editor);
            return review.toolsOf(editor).orElseThrow();
        });
    }

    /** A paragraph's tools with their buttons (confirm, history, comments, tools): made once its box has the focus. */
    static SegmentTools buttons(BaseBrowserlessTest test, Output output, int position) {
        SegmentEditor editor = editor(test, output, position);
        focus(editor);
        SegmentTools tools = test.find(SegmentTools.class, editor).single();
        org.assertj.core.api.Assertions.assertThat(tools.buttonsShown()).isTrue();
        return tools;
    }

    /** The paragraph's box gets the focus, as a click or Tab into it does in the browser. */
    static void focus(SegmentEditor editor) {
        ComponentUtil.fireEvent(editor.area, new FocusNotifier.FocusEvent<>(editor.area, true));
    }

    static OutputHeader header(BaseBrowserlessTest test, Output output) {
        return test.find(OutputHeader.class).all().stream()
                .filter(h -> output.key().equals(h.getElement().getAttribute("data-output"))).findFirst()
                .orElseThrow(() -> new AssertionError("no column head for " + output));
    }
}
