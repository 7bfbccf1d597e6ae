package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.qa.internal.SourceNames.Entity;
import org.transdesk.qa.internal.SourceNames.Word;

/**
 * {@code entities}: the names, organisations and places of the source are in the translation. A name of the
 * source ({@link SourceNames}) counts as carried when the translation has it
 * <ul>
 *   <li>as written, in languages written in Latin letters (vi: "Sara Danius", "Ehud Ur");</li>
 *   <li>transliterated, in other scripts: every target word is romanised with ICU (ru: BGN/PCGN) and compared
 *       by sound key, inflection included ("Путиным" ↔ "Putin", "Бобом Диланом" ↔ "Bob Dylan");</li>
 *   <li>as the glossary renders it (a missing rendering is the {@code glossary} check's finding), or as a
 *       well-known exonym ({@link Exonyms}: "Russia" → "Nga" / "России", "Moscow" → "Москва").</li>
 * </ul>
 * Severities:
 * <ul>
 *   <li>ERROR: a name with a proper noun or unknown word ("Danius", "Nobel"), or an acronym (ASEAN), is not
 *       there in any of these forms; a first name alone may be left out ("Даниус" for "Sara Danius");</li>
 *   <li>also ERROR where a translator might have rephrased the name — possessive, before a noun, in a headline,
 *       in other scripts — or for a word no dictionary knows ("Openreach"), when the translation has no trace of
 *       it at all: not even a word starting with its first three sounds ({@link #mayBeSureWhenAbsent});</li>
 *   <li>WARNING: only the first name is there; or capitalised common words that stand as a name ("Miller
 *       said", "Wall Street"), which may also be words the translation rightly translates; or a well-known
 *       place or body after "the" ("the United States") whose exonym is not there; or a rephrased name that
 *       left a trace, a surname after a title ("Mr Harvey said") where the translation has a personal pronoun
 *       («добавил он») or the language's pronouns are not known ({@link PersonPronouns}), a name before a year
 *       ("Glasgow 2014").</li>
 * </ul>
 * In a language written without spaces (Chinese) names are transcribed by characters and cannot be compared by
 * sound: a name is found only as written in Latin letters or as its exonym, and a missing well-known place or
 * body (one with an exonym) is a WARNING; nothing else is reported.
 * Adjectives of nations ("Swedish") and capitalised words after "the" ("the Supreme Court") are left to the
 * glossary: translations translate them.
 */
public final class EntityCheck extends SegmentCheck {

    public static final String ID = "entities";

    private static final Pattern WORDISH = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        if (!job.englishSource() || job.targetProfile() == LanguageProfiles.english()) {
            return;
        }
        NameProfile profile = NameProfile.of(job.targetCode());
        // written without spaces (Chinese): names are transcribed character by character and cannot be compared
        // by sound, so only names kept in Latin letters and known exonyms are found, and nothing is an ERROR
        boolean bySound = job.targetProfile().spaceSeparated();
        Target t = new Target(profile, target, job.targetProfile());
        Set<String> reported = new HashSet<>();
        for (Entity e : SourceNames.find(source)) {
            Set<Word> satisfied = new HashSet<>();
            Cover cover = cover(job, profile, source, e, t, satisfied);
            if (cover == Cover.GLOSSARY) {
                continue;
            }
            if (e.kind() == SourceNames.Kind.INSTITUTION && cover == Cover.NONE) {
                continue; // "the Supreme Court": translated, and no exonym list knows it
            }
            boolean carried = e.required().stream().allMatch(w -> satisfied.contains(w) || t.has(w.text()))
                    || e.alternatives().stream().anyMatch(w -> standsFor(w, satisfied, t))
                    || writtenAsOneWord(e, t);
            if (carried || !reported.add(e.text())) {
                continue;
            }
            if (!bySound) {
                if (cover == Cover.EXONYM) {
                    out.add(finding(Severity.WARNING, i, "qa-finding.names.exonym", Text.excerpt(e.text(), 40), FindingWords.language(job.targetProfile())));
                }
                continue;
            }
            boolean firstNameOnly = e.optional().stream().anyMatch(w -> satisfied.contains(w) || t.has(w.text()));
            boolean sure = surePlace(e.use(), profile) && switch (e.kind()) {
                case NAME -> true;
                case ACRONYM -> cover == Cover.EXONYM; // well-known (UN, NATO); others are often spelt out
                case COMMON_NAME, WORDS, INSTITUTION -> false;
            };
            // not in any form, not even the first sounds of a word of it: a name dropped, wherever it stood
            sure |= !firstNameOnly && mayBeSureWhenAbsent(e, source, PersonPronouns.inText(job.targetCode(), target))
                    && !t.hasTrace(e, satisfied);
            List<Word> missing = e.required().stream().filter(w -> !satisfied.contains(w) && !t.has(w.text())).toList();
            String what = String.join(" ", (missing.isEmpty() ? e.required() : missing).stream().map(Word::text).toList());
            out.add(finding(sure ? Severity.ERROR : Severity.WARNING, i, sure
                    ? (profile.keepsLatinNames() ? "qa-finding.names.missing.keep" : "qa-finding.names.missing.transliterate")
                    : firstNameOnly && e.use() == SourceNames.Use.RUNNING ? "qa-finding.names.part" : "qa-finding.names.maybe",
                    sure ? what : Text.excerpt(e.text(), 40), Text.excerpt(e.text(), 40)));
        }
    }

    /**
     * Where a missing name is sure to be an error: in running text; and where the target keeps Latin names as
     * written (vi), also before a noun ("the Schengen zone" → "khu vực Schengen") and as a possessive ("Canada's
     * capital" → "thủ đô của Canada"), which such a language has no other way to say than with the name.
     */
    static boolean surePlace(SourceNames.Use use, NameProfile profile) {
        return switch (use) {
            case RUNNING -> true;
            case ATTRIBUTIVE, POSSESSIVE -> profile.keepsLatinNames();
            case HEADLINE, SECOND_MENTION -> false;
        };
    }

    /**
     * Whether an alternative word of a name is in the target in its stead: a word that is also a proper noun
     * ("Trump" of "Donald Trump") as a name; a common word ("Ministry" of "Italy's Ministry", "Police" of
     * "Louisiana State Police", "Gosling" of "Ryan Gosling") only as written, for its translation («Министерству»,
     * «полиции») says nothing of the name.
     */
    private static boolean standsFor(Word w, Set<Word> satisfied, Target t) {
        if (EnglishLexicon.of(w.text()) == EnglishLexicon.Kind.COMMON) {
            return t.hasAsWritten(w.text());
        }
        return satisfied.contains(w) || t.has(w.text(), true);
    }

    /**
     * Whether the target writes the name's words as one ("Tamil Nadu" / «Тамилнада», "Kit-Kats" / «Кит-Катом»):
     * a required word together with the word before it, found as one capitalised word.
     */
    private static boolean writtenAsOneWord(Entity e, Target t) {
        List<Word> ws = e.phrase();
        for (int k = 1; k < ws.size(); k++) {
            if (e.required().contains(ws.get(k)) && t.has(ws.get(k - 1).text() + Text.norm(ws.get(k).text()), true)) {
                // lower case, so that the word is not taken apart again at its inner capital ("PlascoFlaxman")
                return true;
            }
        }
        return false;
    }

    /** First sounds of a name's key that count as a trace of it in the target ({@link Target#hasTrace}). */
    static final int TRACE_SOUNDS = 3;

    /**
     * Whether a name that {@link #surePlace} leaves at WARNING is still sure to be an error when the translation
     * has no trace of it at all ({@link Target#hasTrace}): a proper noun, or a word no dictionary knows ("Openreach",
     * "Sowore": read as common words run together, yet names), possessive, before a noun or in a headline. A name
     * before a year ("Glasgow 2014") names an event that translators rename: it stays a WARNING. A surname after a
     * title ("Mr Harvey said") is often a pronoun in translation («добавил он»): it stays a WARNING where the
     * translation has a personal pronoun ({@code pronounInTarget}, {@link PersonPronouns}; always so in a language
     * whose pronouns are not known), and is sure where it has none — the person is gone from the sentence.
     */
    static boolean mayBeSureWhenAbsent(Entity e, String source, boolean pronounInTarget) {
        boolean name = e.kind() == SourceNames.Kind.NAME
                || (e.kind() == SourceNames.Kind.WORDS || e.kind() == SourceNames.Kind.COMMON_NAME)
                && e.required().stream().noneMatch(w -> EnglishLexicon.known(w.text())
                        || EnglishLexicon.known(w.text().toLowerCase(java.util.Locale.ROOT)));
        return name && switch (e.use()) {
            case RUNNING, POSSESSIVE, HEADLINE -> true;
            case ATTRIBUTIVE -> !BEFORE_YEAR.matcher(source).region(e.end(), source.length()).lookingAt();
            case SECOND_MENTION -> !pronounInTarget;
        };
    }

    private static final Pattern BEFORE_YEAR = Pattern.compile("\\s\\d{4}\\b");

    private enum Cover { NONE, EXONYM, GLOSSARY }

    /**
     * Glossary terms and exonyms among the entity's phrases (longest first). A glossary term that covers the
     * required words settles it ({@code GLOSSARY}: its rendering is the glossary check's business); words of
     * phrases whose exonym is in the target go to {@code satisfied}. {@code EXONYM} when any phrase has one.
     */
    private static Cover cover(TranslationJob job, NameProfile profile, String source, Entity e, Target t,
                               Set<Word> satisfied) {
        List<Word> ws = e.phrase();
        Cover cover = Cover.NONE;
        for (int len = ws.size(); len >= 1; len--) {
            for (int a = 0; a + len <= ws.size(); a++) {
                List<Word> span = ws.subList(a, a + len);
                String phrase = String.join(" ", span.stream().map(Word::text).toList());
                String asWritten = source.substring(span.getFirst().start(), span.getLast().end());
                for (GlossaryEntry g : job.glossary()) {
                    String term = Text.norm(g.term());
                    if (term.equals(Text.norm(phrase)) || term.equals(Text.norm(asWritten))) {
                        if (span.containsAll(e.required())) {
                            return Cover.GLOSSARY;
                        }
                        satisfied.addAll(span);
                    }
                }
                for (String key : asWritten.equals(phrase) ? List.of(phrase) : List.of(phrase, asWritten)) {
                    for (String r : profile.exonyms().renderings(key)) {
                        cover = Cover.EXONYM;
                        if (t.hasPhrase(r)) {
                            satisfied.addAll(span);
                        }
                    }
                }
            }
        }
        return cover;
    }

    /** The target paragraph, its words folded to ASCII Latin and keyed once. */
    private static final class Target {
        private final NameProfile profile;
        private final String text;
        private final LanguageProfile lang;
        private final List<String> latin = new ArrayList<>();
        /** Sound keys of capitalised words (names), and of the others (adjectives made from names). */
        private final List<String> capitalKeys = new ArrayList<>();
        private final List<String> lowerKeys = new ArrayList<>();

        Target(NameProfile profile, String text, LanguageProfile lang) {
            this.profile = profile;
            this.text = text;
            this.lang = lang;
            if (!lang.spaceSeparated()) {
                return; // names are found as written (has) or by exonym (hasPhrase) only
            }
            for (Text.Tok tok : Text.words(text)) {
                addWord(tok.text());
                if (WORDISH.matcher(tok.text()).find()) {
                    for (String part : WORDISH.split(tok.text())) {
                        addWord(part);
                    }
                }
            }
        }

        private void addWord(String w) {
            if (w.isEmpty() || !w.codePoints().anyMatch(Character::isLetter)) {
                return;
            }
            String roman = profile.romanise(w);
            latin.add(fold(roman));
            List<String> keys = Character.isUpperCase(w.codePointAt(0)) ? capitalKeys : lowerKeys;
            keys.add(NameKey.of(roman));
            if (Stems.hasCyrillic(w)) {
                // the Snowball stem drops case endings the sound key might not: "Путиным" → "путин"
                keys.add(NameKey.of(profile.romanise(Stems.of(w, false))));
            }
        }

        /**
         * Whether the target has an English name word: as written (any language), by sound in a capitalised
         * word ("Путиным", "Dilan"), or — in other scripts — as the adjective made from it ("нобелевского").
         * With {@code capitalisedOnly}, only a capitalised word counts ("Trump" of "Donald Trump" as a name, not
         * "Committee" of "Nobel Committee" as «комитет»).
         */
        boolean has(String word, boolean capitalisedOnly) {
            if (!lang.spaceSeparated()) {
                return !GlossaryCheck.findIn(lang, text, word, false).isEmpty();
            }
            String f = fold(profile.romanise(word));
            if (!capitalisedOnly && latin.contains(f)) {
                return true;
            }
            // "LoBianco" / «Ло Бьянко», "DeNiro" / «Де Ниро», "McIlroy": the part after the inner capital will do
            int inner = innerCapital(word);
            if (inner > 0 && has(word.substring(inner), capitalisedOnly)) {
                return true;
            }
            for (String key : NameKey.ofEnglish(f)) {
                for (String k : capitalKeys) {
                    if (NameKey.matches(key, k, !f.startsWith("g"))) {
                        return true;
                    }
                }
                if (!capitalisedOnly && !profile.keepsLatinNames()) {
                    for (String k : lowerKeys) {
                        if (NameKey.isForm(key, k)) {
                            return true; // «брексита», «нобелевского»: exact sounds only, no fuzzy match
                        }
                    }
                }
            }
            return false;
        }

        boolean has(String word) {
            return has(word, false);
        }

        /** Whether the target has the word exactly as written in the source ("Gosling", "Bank"). */
        boolean hasAsWritten(String word) {
            return Text.words(text).stream().anyMatch(w -> w.text().equals(word));
        }

        /**
         * Whether any word of the entity leaves a trace in the target: a phrase word found as an exonym, or a
         * target word of any case whose sound key starts with the first {@link #TRACE_SOUNDS} sounds of the word's
         * key (a spelling the sound key misses, «Косинби» for "Conisbee", shares them). A name dropped leaves none;
         * measured on the human translations, the trace spares about a quarter of the rephrased names an ERROR.
         */
        boolean hasTrace(Entity e, Set<Word> satisfied) {
            if (!lang.spaceSeparated()) {
                return true;
            }
            for (Word w : e.phrase()) {
                if (satisfied.contains(w)) {
                    return true;
                }
                for (String key : NameKey.ofEnglish(fold(profile.romanise(w.text())))) {
                    String head = key.substring(0, Math.min(TRACE_SOUNDS, key.length()));
                    if (head.length() >= 2 && (capitalKeys.stream().anyMatch(k -> k.startsWith(head))
                            || lowerKeys.stream().anyMatch(k -> k.startsWith(head)))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static int innerCapital(String word) {
            for (int k = word.length() - 2; k >= 2; k--) {
                if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Whether the target has a rendering: Russian in any case form, and a one-word country or region also as
         * the adjective made from it ("Польша" / "польский", "Россия" / "российских"); others as written.
         */
        boolean hasPhrase(String rendering) {
            if (!Stems.hasCyrillic(rendering) && lang.hasStemmer() && lang.mainScript() == Character.UnicodeScript.LATIN
                    && lang != LanguageProfiles.english()) {
                // inflected Latin-script languages (fr, es): "Italia" / "italianas", "Taiwán" / "taiwanés"
                if (!GlossaryCheck.findIn(lang, text, rendering, false).isEmpty()) {
                    return true;
                }
                String r = unaccented(rendering);
                if (r.length() >= 5 && r.chars().allMatch(Character::isLetter)) {
                    String head = r.substring(0, 4);
                    return Text.words(text).stream().anyMatch(w -> unaccented(w.text()).startsWith(head));
                }
                return false;
            }
            if (Stems.hasCyrillic(rendering)) {
                if (!Stems.find(text, rendering, false).isEmpty()) {
                    return true;
                }
                String r = Text.norm(rendering);
                if (r.length() >= 5 && r.chars().allMatch(Character::isLetter)) {
                    String head = r.substring(0, 4);
                    return Text.words(text).stream().anyMatch(w -> w.norm().startsWith(head));
                }
                return false;
            }
            return !GlossaryCheck.findIn(lang, text, rendering, false).isEmpty();
        }

        private static String unaccented(String s) {
            return java.text.Normalizer.normalize(Text.norm(s), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }

        private static String fold(String s) {
            return Text.norm(s).replaceAll("[^a-z0-9]", "");
        }
    }
}
