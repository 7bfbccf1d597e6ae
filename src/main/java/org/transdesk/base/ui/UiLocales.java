package org.transdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which language a new screen speaks: the one the user chose (stored with the account), else the
 * browser's Accept-Language as Vaadin matched it against {@link Messages#LOCALES}, else English.
 * The page's {@code lang} follows.
 */
@Component
class UiLocales implements VaadinServiceInitListener {

    private final ObjectProvider<UiLanguage> language;

    UiLocales(ObjectProvider<UiLanguage> language) {
        this.language = language;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    void apply(UI ui) {
        Locale chosen = language.stream().findFirst().flatMap(UiLanguage::chosen).orElse(ui.getLocale());
        use(ui, chosen);
    }

    /** Switches {@code ui} to {@code locale} (one of the three) and marks the page with its language. */
    static void use(UI ui, Locale locale) {
        Locale supported = Messages.supported(locale);
        ui.setLocale(supported);
        ui.getElement().executeJs("document.documentElement.lang = $0", supported.toLanguageTag());
    }
}
