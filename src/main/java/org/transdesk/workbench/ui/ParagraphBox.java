package org.transdesk.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A paragraph's text box: the same {@code <vaadin-text-area>} web component as Vaadin's {@code TextArea}, with only
 * what a paragraph needs on the server — its value read when the editor leaves the box ({@code change}), read-only,
 * invalid, an accessible name and a helper (its findings). An open workbench has one per paragraph and output; as
 * {@code TextArea}s, each also kept a field support, a validation controller, a binder-ready value model and five
 * client listeners, a fifth of the session's heap for an article (issue #15: ≤ 400 KB per open workbench).
 */
@Tag("vaadin-text-area")
@JsModule("@vaadin/text-area/src/vaadin-text-area.js")
class ParagraphBox extends Component implements Focusable<ParagraphBox> {

    private final List<Consumer<String>> typed = new ArrayList<>(1);

    ParagraphBox() {
        // the browser sends the value when the editor leaves the box (its change event), as TextArea's ON_CHANGE mode
        // did: synchronised as a property, so the server does not echo it back over what is typed next
        getElement().addPropertyChangeListener("value", "change", e -> {
            if (e.isUserOriginated()) {
                String value = getValue();
                List.copyOf(typed).forEach(listener -> listener.accept(value));
            }
        });
    }

    /** Called with the text an editor typed and left (never for a {@link #setValue} of the server). */
    void onTyped(Consumer<String> listener) {
        typed.add(listener);
    }

    String getValue() {
        return getElement().getProperty("value", "");
    }

    /** Shows this text; the editor's change listeners are not told (the server set it). */
    void setValue(String value) {
        getElement().setProperty("value", value);
    }

    boolean isReadOnly() {
        return getElement().getProperty("readonly", false);
    }

    void setReadOnly(boolean readOnly) {
        getElement().setProperty("readonly", readOnly);
    }

    boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }

    void setInvalid(boolean invalid) {
        getElement().setProperty("invalid", invalid);
    }

    /** The box's accessible name (the web component gives it to its inner textarea). */
    void setAriaLabel(String label) {
        getElement().setProperty("accessibleName", label);
    }

    String getAriaLabel() {
        return getElement().getProperty("accessibleName");
    }

    /** The component shown under the box as its helper (the component links it with aria-describedby); null removes it. */
    void setHelperComponent(Component helper) {
        helper().ifPresent(old -> getElement().removeChild(old.getElement()));
        if (helper != null) {
            helper.getElement().setAttribute("slot", "helper");
            getElement().appendChild(helper.getElement());
        }
    }

    /** The helper shown under the box, or null. */
    Component getHelperComponent() {
        return helper().orElse(null);
    }

    private Optional<Component> helper() {
        return getElement().getChildren().filter(e -> "helper".equals(e.getAttribute("slot")))
                .findFirst().flatMap(com.vaadin.flow.dom.Element::getComponent);
    }
}
