package org.transdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the error views share: a heading, sentences saying what happened and what to do, and a way
 * back to the library, inside the main layout so the menu stays.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    ErrorPage() {
        addClassName("error-page");
    }

    void show(String heading, String... sentences) {
        removeAll();
        title = heading;
        add(new H1(heading));
        for (String sentence : sentences) {
            add(new Paragraph(sentence));
        }
        Anchor back = new Anchor("./", getTranslation("error.back"));
        back.setId("error-back");
        back.getElement().setAttribute("router-link", true);
        add(back);
    }

    @Override
    public String getPageTitle() {
        return title + " · Transdesk";
    }
}
