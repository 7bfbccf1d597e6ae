package org.transdesk.qa.internal;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Map;
import org.transdesk.language.LanguageProfiles;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a target language carries the names of an English source, for the {@code entities} check: the facts a
 * language's profile ({@code language.LanguageProfile#romaniser}) and ICU hold, so that a new target needs no code.
 * <ul>
 *   <li>languages written in Latin letters (vi, fr, es …) keep foreign names as written;</li>
 *   <li>other scripts transliterate them: the target's words are romanised with an ICU transliterator (BGN/PCGN
 *       for Russian, ICU's generic Any-Latin otherwise) and compared by {@link NameKey};</li>
 *   <li>well-known names have exonyms: {@link Exonyms} (CLDR plus a data file per language).</li>
 * </ul>
 */
public final class NameProfile {

    private static final String GENERIC_ROMANISER = "Any-Latin; Latin-ASCII";
    private static final Map<String, NameProfile> BY_LANG = new ConcurrentHashMap<>();

    private final String lang;
    private final boolean latinScript;
    private final ThreadLocal<Transliterator> romaniser;
    private final Map<String, String> romanised = new ConcurrentHashMap<>();

    private NameProfile(String lang) {
        this.lang = lang;
        int[] scripts = UScript.getCode(new ULocale(lang));
        this.latinScript = scripts.length == 0 || Arrays.stream(scripts).anyMatch(s -> s == UScript.LATIN);
        // a profile may name a romanisation better than ICU's generic Any-Latin (BGN/PCGN for Russian)
        String own = LanguageProfiles.of(lang).romaniser();
        String id = own != null ? own : GENERIC_ROMANISER;
        // ICU transliterators keep state while they run: one per thread
        this.romaniser = ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
    }

    public static NameProfile of(String lang) {
        return BY_LANG.computeIfAbsent(Langs.baseCode(lang), NameProfile::new);
    }

    public String lang() {
        return lang;
    }

    /** Whether the language is written in Latin letters and keeps foreign names as they are written. */
    public boolean keepsLatinNames() {
        return latinScript;
    }

    public Exonyms exonyms() {
        return Exonyms.of(lang);
    }

    /** A word of the target in ASCII Latin letters ("Путиным" → "Putinym"); Latin words are only folded. */
    public String romanise(String word) {
        if (romanised.size() > 50_000) {
            romanised.clear();
        }
        return romanised.computeIfAbsent(word, w -> romaniser.get().transliterate(w));
    }
}
