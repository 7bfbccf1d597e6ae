package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.inline.InlineCode;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.qa.QaSettings;
import org.transdesk.qa.TranslationUnderReview;

/** A translation under review with its languages resolved, as the checks see it. */
public record TranslationJob(String sourceCode, String targetCode, Lang sourceLang, Lang targetLang,
                             List<String> source, List<String> target, List<GlossaryEntry> glossary,
                             QaSettings settings, TranslationUnderReview review) {

    public static TranslationJob of(TranslationUnderReview t, List<GlossaryEntry> glossary, QaSettings settings) {
        return new TranslationJob(Lang.baseCode(t.sourceLang()), Lang.baseCode(t.targetLang()),
                Lang.of(t.sourceLang()), Lang.of(t.targetLang()), t.source(), t.target(),
                glossary == null ? List.of() : List.copyOf(glossary), settings, t);
    }

    /** The inline-code table of source paragraph {@code i} (empty for plain text). */
    public List<InlineCode> codes(int i) {
        return review.codes(i);
    }

    /** Number of aligned source/target pairs. */
    public int pairs() {
        return Math.min(source.size(), target.size());
    }
}
