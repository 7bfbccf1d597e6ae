package org.transdesk.language.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/** Lucene's stemmers, one word at a time. */
final class Stemmers {

    /** Snowball stemmers keep state: one per thread. */
    private static final ThreadLocal<RussianStemmer> RUSSIAN = ThreadLocal.withInitial(RussianStemmer::new);

    /**
     * English: possessive dropped, plural reduced (Lucene's minimal stemmer, not Porter, which merges distinct
     * terms such as "general"/"generous" or "university"/"universe"). Case is kept.
     */
    private static final Analyzer ENGLISH = keyword(t -> new EnglishMinimalStemFilter(new EnglishPossessiveFilter(t)));
    /** French and Spanish: Lucene's light stemmers (Savoy), plurals and common inflections; expect lower case. */
    private static final Analyzer FRENCH = keyword(FrenchLightStemFilter::new);
    private static final Analyzer SPANISH = keyword(SpanishLightStemFilter::new);

    private Stemmers() {
    }

    /** Russian Snowball stem, lower case, ё→е: «России», «Россией» → «росс». */
    static String russian(String word) {
        RussianStemmer s = RUSSIAN.get();
        s.setCurrent(Norm.of(word));
        s.stem();
        return s.getCurrent();
    }

    /** English stem with case kept: "partnerships" → "partnership", "Russia's" → "Russia". */
    static String english(String word) {
        return run(ENGLISH, word);
    }

    static String french(String word) {
        return run(FRENCH, Norm.of(word));
    }

    static String spanish(String word) {
        return run(SPANISH, Norm.of(word));
    }

    private static String run(Analyzer analyzer, String word) {
        try (TokenStream ts = analyzer.tokenStream("", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Chain {
        TokenFilter wrap(Tokenizer t);
    }

    /** An Analyzer reuses its filter chain per thread. */
    private static Analyzer keyword(Chain chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                KeywordTokenizer word = new KeywordTokenizer();
                return new TokenStreamComponents(word, chain.wrap(word));
            }
        };
    }
}
