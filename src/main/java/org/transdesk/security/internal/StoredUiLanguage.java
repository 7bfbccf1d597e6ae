package org.transdesk.security.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.transdesk.base.ui.Messages;
import org.transdesk.base.ui.UiLanguage;
import org.transdesk.security.CurrentUser;

/** The signed-in user's screen language, in {@code app_user.ui_language}. */
@Component
class StoredUiLanguage implements UiLanguage {

    private final JdbcClient jdbc;

    StoredUiLanguage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Locale> chosen() {
        return CurrentUser.name().flatMap(name -> jdbc.sql("select ui_language from app_user where username = ?").param(name)
                .query(String.class).optional()).flatMap(Messages::ofTag);
    }

    @Override
    public void choose(Locale locale) {
        String user = CurrentUser.require();
        jdbc.sql("update app_user set ui_language = ? where username = ?")
                .params(Messages.supported(locale).getLanguage(), user).update();
    }
}
