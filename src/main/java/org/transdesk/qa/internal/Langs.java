package org.transdesk.qa.internal;

import org.transdesk.language.LanguageTags;

/** Language codes as the checks key them. */
public final class Langs {

    private Langs() {
    }

    /** {@code "en"} from {@code "eng_Latn"}, {@code "en-GB"}, {@code "ENG"}; {@code ""} for a blank code. */
    public static String baseCode(String code) {
        return code == null || code.isBlank() ? "" : LanguageTags.base(code);
    }
}
