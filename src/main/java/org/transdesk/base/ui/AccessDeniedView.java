package org.transdesk.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A signed-in user opened a page their role does not allow (an editor on {@code admin/users}): said
 * so, with who may open it and the way back, instead of a blank "Could not navigate".
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = event.getLocation().getPath();
        Optional<String> who = RouteConfiguration.forApplicationScope().getRoute(path)
                .map(view -> view.getAnnotation(RolesAllowed.class))
                .map(roles -> Arrays.stream(roles.value()).map(role -> getTranslation("role." + role)).collect(Collectors.joining(", ")));
        String text = getTranslation("error.denied.text", "/" + path);
        show(getTranslation("error.denied.title"), who.map(w -> new String[] {text, getTranslation("error.denied.who", w)})
                .orElse(new String[] {text}));
        return 403;
    }
}
