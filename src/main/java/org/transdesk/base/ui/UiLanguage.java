package org.transdesk.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * The screen language the signed-in user chose, kept with the account (the security feature stores
 * it). Empty when the user has not chosen: then the browser's language is used.
 */
public interface UiLanguage {

    Optional<Locale> chosen();

    void choose(Locale locale);
}
