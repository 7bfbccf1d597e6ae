package org.transdesk.api.internal;

import org.transdesk.language.LanguageTags;

/**
 * Language parameters of the API: a BCP 47 tag (en, vi, pt-BR), passed on in canonical case so
 * {@code EN} finds the {@code en} glossary, and at most 16 characters, the width the glossary and
 * memory store. Anything else is a 400, not a database error.
 */
final class Languages {

    static final int MAX_LENGTH = 16;

    private Languages() {
    }

    static String require(String name, String tag) {
        String canonical = tag == null || tag.strip().length() > MAX_LENGTH ? "" : LanguageTags.canonical(tag);
        if (canonical.isEmpty() || canonical.length() > MAX_LENGTH) {
            throw new ApiBadRequestException("'" + name + "' must be a BCP 47 language tag of at most " + MAX_LENGTH
                    + " characters, such as en, vi or pt-BR; got '" + (tag == null ? "" : tag.length() > 40 ? tag.substring(0, 40) + "…" : tag) + "'.");
        }
        return canonical;
    }
}
