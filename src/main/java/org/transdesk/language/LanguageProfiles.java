package org.transdesk.language;

import java.util.List;
import org.transdesk.language.internal.Profiles;

/**
 * The one lookup of language profiles by BCP 47 tag: {@code vi}, {@code vi-VN}, {@code VI}, {@code vie} and
 * {@code vi_VN} all give the Vietnamese profile; a language without a profile gets a generic one (cached, so
 * the same tag gives the same instance).
 */
public final class LanguageProfiles {

    private LanguageProfiles() {
    }

    /** The profile of a tag; a blank or unreadable tag gives the generic profile {@code "und"}. */
    public static LanguageProfile of(String tag) {
        return Profiles.of(tag);
    }

    /** The languages with their own profile, English first: en, vi, ru, zh, fr, es. */
    public static List<LanguageProfile> known() {
        return Profiles.known();
    }

    /** Whether the tag's language has its own (non-generic) profile. */
    public static boolean isKnown(String tag) {
        return !of(tag).isGeneric();
    }

    /**
     * The tag for a document's language (DOCX {@code w:lang}, HTML {@code lang}): a bare language with a profile
     * takes the profile's regional tag (vi → vi-VN, zh → zh-CN); a tag with a region or script, or of a language
     * without a profile, is kept as written.
     */
    public static String documentTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return tag;
        }
        String canonical = LanguageTags.canonical(tag);
        LanguageProfile p = of(tag);
        return !p.isGeneric() && canonical.equals(p.code()) ? p.documentTag() : tag;
    }

    public static LanguageProfile english() {
        return Profiles.english();
    }
}
