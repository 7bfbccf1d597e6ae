package org.transdesk.base.ui;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Text a screen shows but never acts on (a paragraph's status line, findings under a paragraph not being worked on, a
 * column head's counts), written into one element as inner HTML instead of a component per piece: every Vaadin
 * component or text node is a state node the session keeps (about 1 KB each), and an open workbench held hundreds of
 * them for text nobody clicks (issue #15). jsoup builds the markup, so article text in it is escaped as text, never
 * read as HTML.
 */
public final class InertHtml {

    private InertHtml() {
    }

    /** A {@code <span>} with this text (escaped) and classes, for {@link #fill}. */
    public static org.jsoup.nodes.Element span(String text, String... classes) {
        return tag("span", text, classes);
    }

    /** A {@code <div>} with this text (escaped) and classes, for {@link #fill}. */
    public static org.jsoup.nodes.Element div(String text, String... classes) {
        return tag("div", text, classes);
    }

    private static org.jsoup.nodes.Element tag(String name, String text, String... classes) {
        org.jsoup.nodes.Element e = new org.jsoup.nodes.Element(name).text(text == null ? "" : text);
        for (String c : classes) {
            e.addClass(c);
        }
        return e;
    }

    /** Makes these pieces the element's whole content: one property of one state node, whatever their number. */
    public static void fill(Element target, List<org.jsoup.nodes.Element> pieces) {
        Document holder = Document.createShell("");
        holder.outputSettings().prettyPrint(false); // pretty printing would put spaces between inline pieces
        pieces.forEach(holder.body()::appendChild);
        target.setProperty("innerHTML", holder.body().html());
    }

    /** The element's inert content as the browser gets it, parsed (for reading it back, as a test does). */
    public static org.jsoup.nodes.Element parsed(Element target) {
        return Jsoup.parseBodyFragment(target.getProperty("innerHTML", "")).body();
    }

    /** The text of the first piece of the element's inert content with this class, or "" when there is none. */
    public static String text(Element target, String className) {
        org.jsoup.nodes.Element found = parsed(target).selectFirst("." + className);
        return found == null ? "" : found.text();
    }
}
