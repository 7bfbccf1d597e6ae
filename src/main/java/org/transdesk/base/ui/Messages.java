package org.transdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The words of the screens in English, Vietnamese and Russian: {@code messages*.properties} (UTF-8)
 * in {@code src/main/resources}, read as Vaadin's {@link I18NProvider}, so a view writes
 * {@code getTranslation("workbench.approve")}. Code that is not a component (toasts, the failure
 * sentences) uses {@link #tr}; dates and numbers go through {@link #date}, {@link #dateTime} and
 * {@link #number}, all in the locale of the current screen. Every message is a
 * {@link MessageFormat} pattern, so an apostrophe is written twice.
 */
@Component
public class Messages implements I18NProvider {

    public static final String BUNDLE = "messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** English first: the locale of a browser that asks for none of the three. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, VIETNAMESE, RUSSIAN);

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(supported(locale), key, params);
    }

    /** The message {@code key} in the current screen's language. */
    public static String tr(String key, Object... params) {
        return text(locale(), key, params);
    }

    /** A phrase (a QA finding, a refusal) in the current screen's language. */
    public static String tr(org.transdesk.base.Phrase phrase) {
        return phrase.in(locale());
    }

    /** One of the three languages for any locale: the same language, else English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    /** The language of the current screen, English outside one. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return supported(ui == null ? null : ui.getLocale());
    }

    /** Whether the screen speaks English, the language notes written by the engines are in. */
    public static boolean screenIsEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
    }

    /** A supported locale for a stored tag ("vi", "ru", "en"); empty for anything else. */
    public static Optional<Locale> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return LOCALES.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** "2 Dec 2026", "2 thg 12, 2026", "2 дек. 2026 г.": a date in the screen's language. */
    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** A moment as a date and time of day in the server's zone, in the screen's language. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A count with the screen language's digit grouping ("12,480", "12.480", "12 480"). */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    static String text(Locale locale, String key, Object... params) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
        } catch (MissingResourceException missing) {
            log.warn("No message {} for {}", key, locale);
            return "!" + key;
        }
        return new MessageFormat(pattern, supported(locale)).format(params == null ? new Object[0] : params);
    }
}
