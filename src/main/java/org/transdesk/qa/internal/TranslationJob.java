package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.inline.InlineCode;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.qa.QaSettings;
import org.transdesk.qa.TranslationUnderReview;

/** A translation under review with its languages resolved, as the checks see it. */
public record TranslationJob(String sourceCode, String targetCode, LanguageProfile sourceProfile,
                             LanguageProfile targetProfile,
                             List<String> source, List<String> target, List<GlossaryEntry> glossary,
                             QaSettings settings, TranslationUnderReview review) {

    public static TranslationJob of(TranslationUnderReview t, List<GlossaryEntry> glossary, QaSettings settings) {
        return new TranslationJob(Langs.baseCode(t.sourceLang()), Langs.baseCode(t.targetLang()),
                LanguageProfiles.of(t.sourceLang()), LanguageProfiles.of(t.targetLang()), t.source(), t.target(),
                glossary == null ? List.of() : List.copyOf(glossary), settings, t);
    }

    /** The inline-code table of source paragraph {@code i} (empty for plain text). */
    public List<InlineCode> codes(int i) {
        return review.codes(i);
    }

    /** Whether the source is English (the English number words, names and units are read). */
    public boolean englishSource() {
        return sourceProfile == LanguageProfiles.english();
    }

    /** Whether source and target are the same known language (nothing can be untranslated). */
    public boolean sameLanguage() {
        return !sourceProfile.isGeneric() && sourceProfile.code().equals(targetProfile.code());
    }

    /** Number of aligned source/target pairs. */
    public int pairs() {
        return Math.min(source.size(), target.size());
    }
}
