package org.transdesk.qa.internal;

import com.ibm.icu.text.BreakIterator;
import org.transdesk.language.LanguageProfiles;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentences of a paragraph by ICU's sentence break rules for the paragraph's language, with ICU's list of
 * abbreviations that do not end an English sentence ("Dr.", "U.S.", "Mr.").
 */
public final class Sentences {

    /** A sentence and its char span in the paragraph (trailing spaces excluded). */
    public record Sentence(String text, int start, int end) {
    }

    /** Break iterators keep state: one per thread and language. */
    private static final ThreadLocal<Map<String, BreakIterator>> ITERATORS =
            ThreadLocal.withInitial(ConcurrentHashMap::new);

    /** English: ends with an initial or a title or short form ICU's list lacks ("G.", "Sens.", "Gov.", "Sept."). */
    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}|Sens?|Reps?|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Cmdr|Supt|Gens|Jr|Sr|Inc|Corp|Co|Ltd"
                    + "|Mt|Ft|Ave|Blvd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Prof|Rev|Vol|Nos?)\\.$");

    private Sentences() {
    }

    public static List<Sentence> of(String lang, String paragraph) {
        boolean english = LanguageProfiles.of(lang) == LanguageProfiles.english();
        BreakIterator it = ITERATORS.get().computeIfAbsent(Langs.baseCode(lang),
                l -> BreakIterator.getSentenceInstance(new ULocale(l + "@ss=standard")));
        it.setText(paragraph);
        List<Sentence> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int e = end;
            while (e > start && Text.isSpace(paragraph.charAt(e - 1))) {
                e--;
            }
            int s = start;
            while (s < e && Text.isSpace(paragraph.charAt(s))) {
                s++;
            }
            if (e > s) {
                Sentence last = out.isEmpty() ? null : out.getLast();
                if (english && last != null && ABBREVIATION_END.matcher(last.text()).find()) {
                    // "U.S. Sens. Lindsey Graham", "R. G. Mugabe": an abbreviation ICU does not know
                    out.set(out.size() - 1, new Sentence(paragraph.substring(last.start(), e), last.start(), e));
                } else {
                    out.add(new Sentence(paragraph.substring(s, e), s, e));
                }
            }
        }
        return out;
    }
}
