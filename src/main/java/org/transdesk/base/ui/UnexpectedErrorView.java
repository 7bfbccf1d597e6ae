package org.transdesk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * Opening a page failed unexpectedly (a bug, the database away): a sentence with a reference the log
 * has too ({@link Failures#describe}), and the way back, in place of a stack trace.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        show(getTranslation("error.unexpected.title"), Failures.describe(parameter.getCaughtException()));
        return 500;
    }
}
