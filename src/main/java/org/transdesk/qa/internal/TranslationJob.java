package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.qa.QaSettings;
import org.transdesk.qa.TranslationUnderReview;

/** A translation under review with its languages resolved, as the checks see it. */
public record TranslationJob(String sourceCode, String targetCode, Lang sourceLang, Lang targetLang,
                             List<String> source, List<String> target, List<GlossaryEntry> glossary,
                             QaSettings settings) {

    public static TranslationJob of(TranslationUnderReview t, List<GlossaryEntry> glossary, QaSettings settings) {
        return new TranslationJob(Lang.baseCode(t.sourceLang()), Lang.baseCode(t.targetLang()),
                Lang.of(t.sourceLang()), Lang.of(t.targetLang()), t.source(), t.target(),
                glossary == null ? List.of() : List.copyOf(glossary), settings);
    }

    /** Number of aligned source/target pairs. */
    public int pairs() {
        return Math.min(source.size(), target.size());
    }
}
