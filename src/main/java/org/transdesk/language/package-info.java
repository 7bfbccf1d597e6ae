/**
 * Languages: what Transdesk knows about each language it translates into, in one place.
 *
 * <p>{@link org.transdesk.language.LanguageProfiles#of(String)} gives the {@link org.transdesk.language.LanguageProfile}
 * of any BCP 47 tag ({@code vi}, {@code vi-VN}, {@code VI}, {@code vie}, {@code zh-Hans}): display name per UI locale,
 * scripts and how to detect them, word segmentation (ICU4J {@code BreakIterator}, dictionary-based for Chinese),
 * number formats, number words, month names and unit words for the QA checks, quotes and typography, length-ratio
 * bounds against English, prompt style notes, the DOCX/HTML language tag and the stemmer used for glossary
 * inflection. Profiles exist for en, vi, ru, zh (Simplified), fr and es; any other language gets a
 * {@linkplain org.transdesk.language.LanguageProfile#isGeneric() generic} profile (script from CLDR likely
 * subtags, whitespace words, language-neutral checks). {@link org.transdesk.language.LanguageTags} is the one
 * reading of language tags.
 *
 * <p>Layout: this package is the public API; the profiles themselves are built in
 * {@code org.transdesk.language.internal} (one class per language). The module depends on no other Transdesk
 * module and needs no Spring: its libraries are ICU4J (segmentation, names, likely scripts) and Lucene's
 * analysis-common (stemmers).
 *
 * <p>To add a language: one class in {@code internal} registered in {@code Profiles}, plus its calibration data
 * in the QA calibration test.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Languages")
package org.transdesk.language;
