package org.transdesk.language.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.transdesk.language.Word;
import org.transdesk.language.WordSegmenter;

/**
 * Words by ICU4J's word {@link BreakIterator} for the language's locale: UAX #29 word boundaries, and for
 * Chinese (and Japanese, Thai …) ICU's dictionary segmentation. Only segments ICU marks as words (letters,
 * numbers, ideographs, kana) are returned, not spaces or punctuation.
 */
final class IcuSegmenter implements WordSegmenter {

    private final ThreadLocal<BreakIterator> iterator;
    private final boolean spaceSeparated;

    IcuSegmenter(String localeTag, boolean spaceSeparated) {
        ULocale locale = ULocale.forLanguageTag(localeTag);
        this.iterator = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(locale));
        this.spaceSeparated = spaceSeparated;
    }

    @Override
    public List<Word> words(String text) {
        BreakIterator it = iterator.get();
        it.setText(text);
        List<Word> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
                out.add(new Word(text.substring(start, end), start, end));
            }
        }
        return out;
    }

    @Override
    public boolean spaceSeparated() {
        return spaceSeparated;
    }
}
