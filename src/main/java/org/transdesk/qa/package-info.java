/**
 * QA checks for translations and summaries: the public API of the {@code qa} module.
 *
 * <p>Use {@link org.transdesk.qa.QaChecks} (a Spring {@code @Component}, or {@code new QaChecks(settings)}
 * anywhere: the module needs no Spring) with the records {@link org.transdesk.qa.TranslationUnderReview},
 * {@link org.transdesk.qa.SummaryUnderReview} and {@link org.transdesk.qa.GlossaryEntry}; it returns
 * {@link org.transdesk.qa.QaFinding}s, each naming its check by a stable id and a
 * {@link org.transdesk.qa.Severity}. Thresholds live in {@link org.transdesk.qa.QaSettings}.
 * {@link org.transdesk.qa.WordStems} exposes the stemming policy (Russian Snowball, English minimal, acronyms
 * untouched); the stemmers themselves, and everything else the checks know about a language, come from the
 * language profiles ({@code org.transdesk.language}).
 *
 * <p>Layout: this package is the whole public API. The checks themselves (one small class per check id),
 * the number/date reader and the Russian stemming live in {@code org.transdesk.qa.internal}, which other
 * modules must not use: check classes are public only so that the facade and tests can reach them across
 * packages, and their shape may change freely. The module depends on no other Transdesk package but the
 * pure-Java {@code inline} representation of inline codes (for the {@code tags} check) and the
 * {@code language} profiles; its libraries are ICU4J (sentences, transliteration, CLDR names) and, through the
 * profiles, Lucene's analysis-common stemmers.
 *
 * <p>Severity contract: ERROR means "almost certainly wrong" and is calibrated to fire on under 2% of real
 * human translations (FLORES-200, WMT newstest) per check; anything a correct translation can legitimately
 * do (convert units, rephrase "two", use house-style-breaking quotes) is at most a WARNING.
 */
package org.transdesk.qa;
