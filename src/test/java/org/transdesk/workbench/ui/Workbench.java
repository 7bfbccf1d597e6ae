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

    static SegmentTools tools(BaseBrowserlessTest test, Output output, int position) {
        return test.find(SegmentTools.class, editor(test, output, position)).single();
    }

    static OutputHeader header(BaseBrowserlessTest test, Output output) {
        return test.find(OutputHeader.class).all().stream()
                .filter(h -> output.key().equals(h.getElement().getAttribute("data-output"))).findFirst()
                .orElseThrow(() -> new AssertionError("no column head for " + output));
    }
}
