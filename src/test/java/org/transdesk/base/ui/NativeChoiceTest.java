package org.transdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The browser's select: options as inert markup, a choice arrives as an index into what was offered, nothing else. */
class NativeChoiceTest {

    @Test
    void the_browser_chooses_by_index_and_an_index_not_offered_is_ignored() {
        NativeChoice<String> choice = new NativeChoice<>();
        choice.setItems(List.of("all", "errors", "numbers"), String::toUpperCase);
        choice.show("all");
        List<String> told = new ArrayList<>();
        choice.addChoiceListener(told::add);

        changed(choice, 2);
        changed(choice, 7);
        changed(choice, -1);
        var nothing = JacksonUtils.createObjectNode(); // a hand-made request without the index
        choice.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(choice.getElement(), "change", nothing));

        assertThat(told).containsExactly("numbers");
        assertThat(choice.getValue()).isEqualTo("numbers");
        assertThat(choice.labels()).containsExactly("ALL", "ERRORS", "NUMBERS");
    }

    @Test
    void the_server_shows_a_choice_without_telling_the_listeners_and_refuses_one_not_offered() {
        NativeChoice<String> choice = new NativeChoice<>();
        choice.setItems(List.of("vi", "ru"), s -> s);
        List<String> told = new ArrayList<>();
        choice.addChoiceListener(told::add);

        choice.show("ru");

        assertThat(told).isEmpty();
        assertThat(InertHtml.parsed(choice.getElement()).select("option[selected]").text()).isEqualTo("ru");
        assertThatThrownBy(() -> choice.show("zh")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void changed(NativeChoice<?> choice, int index) {
        var data = JacksonUtils.createObjectNode();
        data.put("element.selectedIndex", index);
        choice.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(choice.getElement(), "change", data));
    }
}
