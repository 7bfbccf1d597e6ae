package org.transdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A browser's own {@code <select>}, its options inert markup ({@link InertHtml}): one state node whatever the number of
 * choices. Vaadin's {@code Select} keeps a list box and an item component with a text node per choice on the server,
 * which a filter in every column head of every open workbench paid for (issue #15). The browser's control is also
 * the most accessible one there is; it needs an accessible name ({@link #setAriaLabel}).
 *
 * @param <T> what is chosen
 */
@Tag("select")
public class NativeChoice<T> extends Component {

    private List<T> items = List.of();
    private Function<T, String> label = String::valueOf;
    private T value;
    private final List<Consumer<T>> listeners = new ArrayList<>(1);

    public NativeChoice() {
        addClassName("native-choice");
        getElement().addEventListener("change", e -> {
            var sent = e.getEventData().get("element.selectedIndex");
            int index = sent != null && sent.isNumber() ? sent.asInt() : -1;
            if (index >= 0 && index < items.size()) {
                choose(items.get(index)); // an index only: a client cannot name a choice that was not offered
            }
        }).addEventData("element.selectedIndex");
    }

    public void setItems(List<T> items, Function<T, String> label) {
        this.items = List.copyOf(items);
        this.label = label;
        render();
    }

    /** Chooses this (it must be one of the items) and tells the listeners, as a choice in the browser does. */
    public void setValue(T chosen) {
        if (!items.contains(chosen)) {
            throw new IllegalArgumentException("not one of the choices: " + chosen);
        }
        choose(chosen);
        render();
    }

    /** Shows this as chosen without telling the listeners: the server follows a choice made elsewhere. */
    public void show(T chosen) {
        if (!items.contains(chosen)) {
            throw new IllegalArgumentException("not one of the choices: " + chosen);
        }
        value = chosen;
        render();
    }

    /** The choices, in order. */
    public List<T> items() {
        return items;
    }

    private void choose(T chosen) {
        value = chosen;
        List.copyOf(listeners).forEach(l -> l.accept(chosen));
    }

    public T getValue() {
        return value;
    }

    /** The choices' labels, in order, as the browser shows them. */
    public List<String> labels() {
        return InertHtml.parsed(getElement()).select("option").eachText();
    }

    public void addChoiceListener(Consumer<T> listener) {
        listeners.add(listener);
    }

    public void setAriaLabel(String name) {
        getElement().setAttribute("aria-label", name);
    }

    public void addClassName(String name) {
        getElement().getClassList().add(name);
    }

    private void render() {
        List<org.jsoup.nodes.Element> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            org.jsoup.nodes.Element option = new org.jsoup.nodes.Element("option").text(label.apply(items.get(i))).attr("value", String.valueOf(i));
            if (items.get(i).equals(value)) {
                option.attr("selected", true);
            }
            options.add(option);
        }
        InertHtml.fill(getElement(), options);
    }
}
