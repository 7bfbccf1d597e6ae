package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of an English paragraph: runs of capitalised words ("Sara Danius", "Nobel Committee",
 * "ASEAN-Russia Joint Cooperation Committee"), with the words a translation must carry picked by
 * {@link EnglishLexicon}: proper nouns and unknown words are names ("Danius", "Nobel"), acronyms other than
 * common ones (ASEAN, not CEO) too; capitalised common words ("Committee", "Supreme Court") are translated, so
 * they count only when they stand as a name on their own ("Miller said", "Ring's CEO") — not after "the" or
 * another determiner, which marks an institution ("the Senate").
 */
public final class SourceNames {

    /** How sure it is that a translation must carry the entity. */
    public enum Kind {
        /** Has a proper noun or a word no dictionary knows: "Sara Danius", "Dalhousie University". */
        NAME,
        /** Only acronyms: "ASEAN", "MGIMO". */
        ACRONYM,
        /** Words that are also proper nouns, with no determiner: "Miller said", "Trump". */
        COMMON_NAME,
        /** Capitalised common words with no determiner: "Ring's CEO", "Wall Street". */
        WORDS,
        /** Capitalised words after a determiner ("the United States", "the Supreme Court"): translations
         * translate these, so they are checked only where an exonym list knows them. */
        INSTITUTION
    }

    /** A word of a name with its span in the paragraph. */
    public record Word(String text, int start, int end) {
    }

    /**
     * @param phrase       every word of the run, a sentence-initial one included ("South Africa"), for looking
     *                     up glossary terms and exonyms
     * @param required     the words the translation must carry: the name words of the run's last name-bearing
     *                     token (the surname, the head: "Danius" of "Sara Danius", both parts of "ASEAN-Russia")
     * @param alternatives common words after that token, any of which will do instead ("Trump" of "Donald
     *                     Trump", "Committee" of "Nobel Committee")
     * @param optional     the other name words ("Sara"): a translation may leave out a first name
     */
    public record Entity(Kind kind, String text, int start, int end, List<Word> phrase, List<Word> required,
                         List<Word> alternatives, List<Word> optional, Use use) {
    }

    /** Where a name stands: translators rephrase possessive and attributive names and headlines freely. */
    public enum Use {
        /** In a sentence as subject or object: "Sara Danius announced", "reach Bob Dylan". */
        RUNNING,
        /** Possessive: "Italy's ageing workforce" (→ "the country's"). */
        POSSESSIVE,
        /** Before a noun: "the Sydney market", "a Facebook account" (→ an adjective, or left out). */
        ATTRIBUTIVE,
        /** In a headline, which translators shorten. */
        HEADLINE,
        /** A surname after a title ("Mr Harvey said"): a second mention, often a pronoun in translation. */
        SECOND_MENTION
    }

    /** Titles, calendar words, time zones and eras: capitalised, but not names to look for. */
    private static final Set<String> SKIP = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Jr", "Sr", "St", "Mt",
            "Messrs", "Capt", "Gen", "Col", "Lt", "Sgt", "Rev", "Det", "Supt", "Insp", "Cllr", "Gov", "Sen", "Rep",
            "Calif", "QC", "MP", "MPs", "MEP", "MLA", "MCA", "Inc", "Ltd", "Co", "Corp", "I", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "AM", "PM", "GMT", "UTC",
            "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BC", "BCE", "AD", "CE");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof");
    private static final Set<String> PARTICLES = Set.of("Al", "El", "Ul", "Ad", "As", "Ash", "An", "Ar", "Bin", "Ibn",
            "Abu", "Abd", "Ben", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Mac", "Mc", "O", "St", "Saint");
    /** Not "that", "which", "what": before a capitalised word they are mostly a conjunction or a pronoun ("said that
     * Misbah was", "what Trump said"), not a determiner. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its",
            "their", "his", "her", "our", "your", "my", "every", "each", "no", "any", "some", "another", "such",
            "whose");
    private static final Pattern REGNAL = Pattern.compile("[IVX]+");
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** Possessives and contractions: "Italy's", "Doesn't", "Biden'll". */
    private static final Pattern CLITIC = Pattern.compile("(?:n['’]t|['’](?:s|t|ll|re|ve|d|m)|(?<=s)['’])$", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$");
    /** A letter three times in a row: spoken words drawn out ("Ooohkay", "Nooo"), which no name has. */
    private static final Pattern DRAWN_OUT = Pattern.compile("(\\p{L})\\1\\1", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TERMINAL = Pattern.compile("[.!?…:;\"”»)']\\s*$");

    private SourceNames() {
    }

    public static List<Entity> find(String p) {
        List<Text.Tok> toks = Text.words(p);
        boolean headline = !TERMINAL.matcher(p).find() && toks.size() <= 25;
        List<Entity> out = new ArrayList<>();
        int k = 0;
        while (k < toks.size()) {
            if (!capitalised(toks.get(k)) || tagged(p, toks.get(k))) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < toks.size() && capitalised(toks.get(end + 1)) && joined(p, toks.get(end), toks.get(end + 1))) {
                end++;
            }
            entity(p, toks, k, end, headline, out);
            k = end + 1;
        }
        return out;
    }

    private record Part(Word word, EnglishLexicon.Kind kind, boolean acronym, int token) {
        boolean isName() {
            return acronym ? kind != EnglishLexicon.Kind.COMMON : kind == EnglishLexicon.Kind.NAME;
        }

        boolean isWord() {
            return !acronym && (kind == EnglishLexicon.Kind.COMMON || kind == EnglishLexicon.Kind.NAME_OR_WORD);
        }
    }

    private static void entity(String p, List<Text.Tok> toks, int from, int to, boolean headline, List<Entity> out) {
        List<Part> parts = new ArrayList<>();
        List<Word> phrase = new ArrayList<>();
        boolean determiner = from > 0 && DETERMINERS.contains(Text.norm(toks.get(from - 1).text()));
        for (int t = from; t <= to; t++) {
            Text.Tok tok = toks.get(t);
            Matcher m = PART.matcher(CLITIC.matcher(tok.text()).replaceFirst(""));
            while (m.find()) {
                String text = m.group();
                boolean particle = PARTICLES.contains(text) && m.end() < tok.text().length()
                        && "-‐".indexOf(tok.text().charAt(m.end())) >= 0; // "Al-Shabab", "El-Sisi"
                if (particle || !Character.isUpperCase(text.codePointAt(0)) || SKIP.contains(text) || text.length() < 2
                        || DRAWN_OUT.matcher(text).find() // "Ooohkay", "Sooo": an interjection, not a name
                        || text.codePoints().anyMatch(Character::isDigit) && !Text.isAcronym(text)) {
                    continue;
                }
                Word word = new Word(text, tok.start() + m.start(), tok.start() + m.end());
                phrase.add(word);
                boolean acronym = isAbbreviation(text);
                EnglishLexicon.Kind kind = EnglishLexicon.of(text);
                if (t == from && parts.isEmpty() && sentenceInitial(p, tok.start()) && !acronym
                        && kind != EnglishLexicon.Kind.NAME) {
                    // "The Supreme Court", "Previously", "Trump said": the capital may only start the sentence
                    determiner |= DETERMINERS.contains(Text.norm(text));
                    continue;
                }
                parts.add(new Part(word, kind, acronym, t));
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        boolean titled = TITLES.contains(toks.get(from).text()) && to == from + 1;
        Use use = headline ? Use.HEADLINE : titled ? Use.SECOND_MENTION
                : POSSESSIVE.matcher(toks.get(to).text()).find() ? Use.POSSESSIVE
                : to + 1 < toks.size() && attributive(p, toks.get(to), toks.get(to + 1)) ? Use.ATTRIBUTIVE : Use.RUNNING;
        String text = p.substring(parts.getFirst().word().start(), parts.getLast().word().end());
        int start = parts.getFirst().word().start();
        int end = parts.getLast().word().end();
        // the head of the name: its last token with a proper noun, or with an acronym if it has only acronyms
        // ("Ronan Lavery QC" → Lavery; "ASEAN-Russia" → both parts)
        int lastNameToken = -1;
        boolean hasProperNoun = parts.stream().anyMatch(x -> x.isName() && !x.acronym());
        for (Part x : parts) {
            if (x.isName() && (!hasProperNoun || !x.acronym()) || lastNameToken >= 0 && x.token() == lastNameToken) {
                lastNameToken = x.token();
            }
        }
        List<Word> required = new ArrayList<>();
        List<Word> alternatives = new ArrayList<>();
        List<Word> optional = new ArrayList<>();
        if (lastNameToken >= 0) {
            boolean allAcronyms = true;
            for (Part x : parts) {
                if (x.isName() && x.acronym() && x.token() > lastNameToken && !REGNAL.matcher(x.word().text()).matches()) {
                    // a qualifier after the name ("Toyota UK", "Tesla SA"), not a name that may stand for it; a
                    // regnal number may ("Queen Elizabeth II" / «Isabel II»)
                    continue;
                }
                if (x.isName()) {
                    allAcronyms &= x.acronym();
                    (x.token() == lastNameToken ? required : x.token() < lastNameToken ? optional : alternatives)
                            .add(x.word());
                } else if (x.isWord() && x.token() > lastNameToken) {
                    alternatives.add(x.word());
                }
            }
            out.add(new Entity(allAcronyms ? Kind.ACRONYM : Kind.NAME, text, start, end, phrase, required,
                    alternatives, optional, use));
            return;
        }
        boolean properNoun = false;
        for (Part x : parts) {
            if (x.isWord()) {
                required.add(x.word());
                properNoun |= x.kind() == EnglishLexicon.Kind.NAME_OR_WORD;
            }
        }
        if (required.isEmpty()) {
            return; // peoples, creeds, demonyms: "Americans", "Swedish"
        }
        Kind kind = determiner ? Kind.INSTITUTION : properNoun ? Kind.COMMON_NAME : Kind.WORDS;
        out.add(new Entity(kind, text, start, end, phrase, required, alternatives, optional, use));
    }

    /** ASEAN, IITs (a plural), DfT, LoC, PhD (short, mixed case); two-letter words no dictionary knows (Rs). */
    static boolean isAbbreviation(String w) {
        if (Text.isAcronym(w) || w.length() > 2 && w.endsWith("s") && Text.isAcronym(w.substring(0, w.length() - 1))) {
            return true;
        }
        long upper = w.codePoints().filter(Character::isUpperCase).count();
        return upper >= 2 && w.length() <= 4 || w.length() == 2 && !EnglishLexicon.known(w);
    }

    /** A hashtag or handle: "#SuperBowlLIV", "@BBCNews". */
    private static boolean tagged(String p, Text.Tok t) {
        return t.start() > 0 && "#@".indexOf(p.charAt(t.start() - 1)) >= 0;
    }

    /**
     * "Sydney market", "Facebook account", "Glasgow 2014": the name is followed directly by a common noun or a
     * year.
     */
    private static boolean attributive(String p, Text.Tok name, Text.Tok next) {
        String gap = p.substring(name.end(), next.start());
        String w = next.text();
        if (w.length() == 4 && w.chars().allMatch(Character::isDigit) && gap.equals(" ")) {
            return true;
        }
        return !gap.isEmpty() && gap.isBlank() && Character.isLowerCase(w.codePointAt(0))
                && EnglishLexicon.isNounNotFiniteVerb(w);
    }

    private static boolean capitalised(Text.Tok t) {
        return Character.isUpperCase(t.text().codePointAt(0));
    }

    /** Only spaces between two words, or an initial's full stop: "John F. Kennedy". */
    private static boolean joined(String p, Text.Tok a, Text.Tok b) {
        String gap = p.substring(a.end(), b.start());
        if (!gap.isEmpty() && gap.isBlank()) {
            return true;
        }
        return a.text().length() == 1 && gap.startsWith(".") && gap.length() > 1 && gap.substring(1).isBlank();
    }

    static boolean sentenceInitial(String p, int at) {
        int k = at - 1;
        while (k >= 0 && (Text.isSpace(p.charAt(k)) || "\"'“‘«(„[".indexOf(p.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?…:;—–-•*".indexOf(p.charAt(k)) >= 0;
    }
}
