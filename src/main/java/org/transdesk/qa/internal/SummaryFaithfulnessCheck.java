package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.transdesk.language.LanguageProfile;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.qa.internal.Numbers.Kind;
import org.transdesk.qa.internal.Numbers.Mention;

/**
 * {@code summary-faithfulness}: what the summary states as fact must come from the article (its headline is
 * part of the source the callers give).
 * <ul>
 *   <li>ERROR: the source is contradicted — the summary sentence was written from a source sentence
 *       ({@link #CLOSE} of its words) and one of that sentence's figures is replaced (same word counted, same
 *       word before it, both years, or the sentence otherwise {@link #NEARLY} the same), or one of its names is
 *       changed ("Ellen Stafford" for "Ellen Stofan");</li>
 *   <li>WARNING: a number, month, acronym or name the source does not have at all ("2 million" matches
 *       "2,000,000", "four" matches "4", "1960s" any year of the decade, "US" matches "U.S.", "ECB" matches
 *       "European Central Bank"; Russian names match in any case form), or a name whose words are all in the
 *       source, just not together. Human reference summaries carry such facts from the writer's knowledge, so
 *       absence alone does not block approval (docs/qa.md has the measurements).</li>
 * </ul>
 * A sentence's first word is not taken as part of a name unless the source has it that way.
 */
public final class SummaryFaithfulnessCheck implements SummaryCheck {

    public static final String ID = "summary-faithfulness";

    private static final java.util.regex.Pattern DOTS =
            java.util.regex.Pattern.compile("(\\p{Lu})\\.(?=\\p{Lu}\\.?)|(\\p{Lu})\\.(?=\\s|$)");
    private static final Set<String> NAME_LINKS = Set.of("of", "de", "van", "von", "der", "al", "bin", "da", "la",
            "le", "du", "dos", "del", "di");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(SummaryJob job, List<QaFinding> out) {
        String source = job.sourceText();
        List<Mention> src = Numbers.find(job.lang(), source);
        Set<String> offered = new HashSet<>(Numbers.offered(src));
        offered.addAll(Numbers.offeredForeign(src));
        List<Text.Tok> sourceWords = Text.letterWords(source);
        Set<Stems.Form> sourceForms = new HashSet<>();
        for (Text.Tok t : sourceWords) {
            sourceForms.add(Stems.form(t.text(), false));
        }

        String dotless = " " + DOTS.matcher(source).replaceAll("$1$2").replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        // each source sentence stemmed once: every unmatched figure or name is compared with all of them
        List<SourceSentence> sourceSentences = new ArrayList<>();
        for (String paragraph : job.source()) {
            Sentences.of(job.lang().code(), paragraph).forEach(x -> sourceSentences.add(new SourceSentence(x.text(), wordSet(x.text()))));
        }

        for (int i = 0; i < job.summary().size(); i++) {
            String p = job.summary().get(i);
            Set<String> reported = new HashSet<>();
            List<Sentences.Sentence> sentences = Sentences.of(job.lang().code(), p);
            for (Mention m : Numbers.find(job.lang(), p)) {
                if (!m.required() || Numbers.matches(m, offered) || decadeOffered(p, m, offered) || !reported.add(m.surface())) {
                    continue;
                }
                String[] keys = switch (m.kind()) {
                    case MONTH -> new String[] {"qa-finding.summary.changed.month", "qa-finding.summary.absent.month"};
                    case ORDINAL -> new String[] {"qa-finding.summary.changed.ordinal", "qa-finding.summary.absent.ordinal"};
                    case WORD -> new String[] {"qa-finding.summary.changed.word", "qa-finding.summary.absent.word"};
                    case DIGITS -> new String[] {"qa-finding.summary.changed.digits", "qa-finding.summary.absent.digits"};
                };
                Optional<String> changed = m.kind() == Kind.MONTH || m.kind() == Kind.WORD ? Optional.empty()
                        : closeSource(sentenceAt(sentences, p, m.start()), sourceSentences)
                                .flatMap(close -> changedFigure(job.lang(), p, m, close));
                if (changed.isPresent()) { // the source's sentence, its figure changed: "50 years" for "20 to 30 years"
                    out.add(new QaFinding(ID, Severity.ERROR, Phrase.of(keys[0], m.surface(), changed.get()),
                            i, m.start(), m.end()));
                } else { // a fact the article does not give: a reference writer's knowledge or an invention
                    out.add(new QaFinding(ID, Severity.WARNING, Phrase.of(keys[1], m.surface()), i, m.start(), m.end()));
                }
            }
            for (Name n : names(p)) {
                if (!reported.add(n.text()) || !Stems.find(source, n.text(), false).isEmpty()) {
                    continue;
                }
                String text = n.text();
                boolean single = false;
                if (n.initial()) {
                    // "The Hubble Space Telescope", "Theo Bộ Y tế": judge the name without the first word
                    text = n.rest();
                    List<Text.Tok> rest = Text.letterWords(text);
                    if (rest.isEmpty() || !Stems.find(source, text, false).isEmpty()
                            || (rest.size() == 1 && !rest.getFirst().isCapitalised())) {
                        continue;
                    }
                    single = rest.size() == 1;
                }
                if (n.acronym()) {
                    if (dotless.contains(" " + n.text() + " ") || initialsOf(n.text(), sourceWords)) {
                        continue; // "US" for "U.S.", "ECB" for "European Central Bank", "MXH" for "mạng xã hội"
                    }
                    out.add(new QaFinding(ID, Severity.WARNING, Phrase.of("qa-finding.summary.unknown", n.text()), i, n.start(), n.end()));
                    continue;
                }
                boolean allWords = Text.letterWords(text).stream()
                        .allMatch(t -> NAME_LINKS.contains(t.norm()) || sourceForms.stream()
                                .anyMatch(s -> Stems.compatible(s, Stems.form(t.text(), false))));
                String judged = text;
                Optional<String> replaced = single || allWords ? Optional.empty()
                        : closeSource(sentenceAt(sentences, p, n.start()), sourceSentences).flatMap(close -> replacedName(judged, names(close.text())));
                if (replaced.isPresent()) { // "Ellen Stafford" where the source has "Ellen Stofan": a changed name
                    out.add(new QaFinding(ID, Severity.ERROR, Phrase.of("qa-finding.summary.name-replaced", text, replaced.get()), i, n.start(), n.end()));
                    continue;
                }
                // absent (a reference writer's knowledge, or invented), or all its words there but not together
                out.add(new QaFinding(ID, Severity.WARNING, Phrase.of(allWords ? "qa-finding.summary.name-as-written" : "qa-finding.summary.name-absent", text),
                        i, n.start(), n.end()));
            }
        }
    }

    private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile("^[’']?s(?![\\p{L}\\d])");
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("^(?:\\s|-|%)*([\\p{L}%]+)");

    /** "1960s" is offered by any year of the decade, or the decade itself, in the source. */
    static boolean decadeOffered(String text, Mention m, Set<String> offered) {
        String digits = m.surface();
        if (m.kind() != Kind.DIGITS || !digits.matches("\\d{3}0") || !DECADE.matcher(text.substring(m.end())).find()) {
            return false;
        }
        int from = Integer.parseInt(digits);
        return java.util.stream.IntStream.range(from, from + 10).anyMatch(y -> offered.contains(String.valueOf(y)));
    }

    /** The word counted by the number: "years" in "20 years", "month" in "4-month-old", "%" in "12 %". */
    static String unitAfter(String text, int end) {
        String word = unitWordAfter(text, end);
        // a capitalised word after a number is a name ("2015 Masters"), not what it counts
        return word.isEmpty() || Character.isUpperCase(word.codePointAt(0)) ? "" : Stems.form(word, false).stem();
    }

    private static String unitWordAfter(String text, int end) {
        java.util.regex.Matcher u = UNIT.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        return u.find() ? u.group(1) : "";
    }

    /** Share of a summary sentence's words that must be in one source sentence for it to count as written from it. */
    static final double CLOSE = 0.6;

    private static String sentenceAt(List<Sentences.Sentence> sentences, String p, int at) {
        for (Sentences.Sentence x : sentences) {
            if (at >= x.start() && at < x.end()) {
                return x.text();
            }
        }
        return p;
    }

    /**
     * The source sentence the summary's sentence was written from: the one holding the largest share of its
     * words, at least {@link #CLOSE}. An abstractive sentence (a reference writer's own words) has none, so its
     * new facts are only warnings; a copied sentence with a figure or a name changed is an error.
     */
    static Optional<Close> closeSource(String sentence, List<SourceSentence> sourceSentences) {
        Set<String> words = wordSet(sentence);
        if (words.size() < 4) {
            return Optional.empty();
        }
        String best = null;
        double bestShare = 0;
        for (SourceSentence candidate : sourceSentences) {
            long shared = words.stream().filter(candidate.stems()::contains).count();
            double share = shared / (double) words.size();
            if (share > bestShare) {
                bestShare = share;
                best = candidate.text();
            }
        }
        return bestShare >= CLOSE && best != null ? Optional.of(new Close(best, bestShare)) : Optional.empty();
    }

    /** A source sentence and the stems of its words. */
    record SourceSentence(String text, Set<String> stems) {
    }

    /** A source sentence and the share of the summary sentence's words it holds. */
    record Close(String text, double share) {
    }

    private static Set<String> wordSet(String text) {
        Set<String> set = new HashSet<>();
        for (Text.Tok t : Text.letterWords(text)) {
            set.add(Stems.form(t.text(), false).stem()); // "встретились" is "встретился"
        }
        return set;
    }

    /**
     * The figure of the close source sentence the summary's one replaces: a number there that the summary lacks,
     * counting the same thing ("20 … years" / "50 years") or both a year.
     */
    private static Optional<String> changedFigure(LanguageProfile lang, String p, Mention ours, Close close) {
        String unit = unitAfter(p, ours.end());
        String before = wordBefore(p, ours.start());
        boolean year = isYear(ours.surface());
        // digits as written: a figure the reader of Numbers leaves aside ("1 bộ xương") still counts here
        Set<String> inSummary = new HashSet<>();
        for (java.util.regex.Matcher d = FIGURE.matcher(p); d.find(); ) {
            inSummary.add(d.group());
        }
        List<String> missing = new ArrayList<>();
        for (java.util.regex.Matcher theirs = FIGURE.matcher(close.text()); theirs.find(); ) {
            if (inSummary.contains(theirs.group())) {
                continue;
            }
            missing.add(theirs.group());
            boolean sameUnit = !unit.isEmpty() && unit.equals(unitAfter(close.text(), theirs.end()));
            boolean sameLead = !before.isEmpty() && before.equals(wordBefore(close.text(), theirs.start())); // "Klopp, 54" / "age of 73"
            if (sameUnit || sameLead || year && isYear(theirs.group())) {
                return Optional.of(theirs.group());
            }
        }
        // nearly the source's sentence, one of its figures gone and another in its place
        return close.share() >= NEARLY && missing.size() == 1 ? Optional.of(missing.getFirst()) : Optional.empty();
    }

    /** A figure as written, not a part of a date ("8" of "31/8" is not the "8" of "8 năm"). */
    private static final java.util.regex.Pattern FIGURE =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\d/.,])\\d+(?:[.,]\\d+)*(?![/\\d])");

    /** Share of words above which a summary sentence is the source's sentence with at most a word or two changed. */
    static final double NEARLY = 0.8;

    /** The word just before a number, across a comma or "of" ("Kunis, 38", "the age of 73"). */
    static String wordBefore(String text, int start) {
        java.util.regex.Matcher m = BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        return m.find() ? Stems.form(m.group(1), false).stem() : "";
    }

    private static final java.util.regex.Pattern BEFORE =
            java.util.regex.Pattern.compile("([\\p{L}]{2,})(?:\\s+(?:of|by|to|at|là|của))?[\\s,:(]*$");

    private static boolean isYear(String digits) {
        return digits.matches("(1[89]|20)\\d{2}");
    }

    /**
     * A source name this one changed: they share a word and each has a word the other lacks ("Ellen Stafford" /
     * "Ellen Stofan"). A name that only adds words ("Sir Bobby Robson" for "Bobby Robson") changed nothing.
     */
    static Optional<String> replacedName(String name, List<Name> sourceNames) {
        Set<String> ours = nameWords(name);
        for (Name source : sourceNames) {
            if (source.acronym()) {
                continue;
            }
            Set<String> theirs = nameWords(source.initial() ? source.rest() : source.text());
            boolean shared = ours.stream().anyMatch(theirs::contains);
            // "Alex" for "Alexander": the short form of a word the source has is no change
            boolean shortened = ours.stream().filter(w -> !theirs.contains(w))
                    .allMatch(w -> theirs.stream().anyMatch(t -> t.startsWith(w) || w.startsWith(t)));
            if (shared && !shortened && !theirs.containsAll(ours) && !ours.containsAll(theirs)) {
                return Optional.of(source.initial() ? source.rest() : source.text());
            }
        }
        return Optional.empty();
    }

    private static Set<String> nameWords(String name) {
        Set<String> words = new HashSet<>();
        for (Text.Tok t : Text.letterWords(name.replaceAll("['’]s\\b", ""))) {
            if (!NAME_LINKS.contains(t.norm()) && t.text().length() > 1) { // initials ("Mai Xuân L.") say too little
                words.add(Stems.form(t.text(), false).stem());
            }
        }
        return words;
    }

    /** Whether the acronym's letters are the initials of consecutive source words. */
    static boolean initialsOf(String acronym, List<Text.Tok> sourceWords) {
        String a = fold(acronym).replaceAll("[^a-z]", "");
        if (a.length() < 2 || a.length() > 8) {
            return false;
        }
        outer:
        for (int i = 0; i + a.length() <= sourceWords.size(); i++) {
            for (int j = 0; j < a.length(); j++) {
                String w = fold(sourceWords.get(i + j).text());
                if (w.isEmpty() || w.charAt(0) != a.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(Text.norm(s), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd');
    }

    /** @param initial the run starts a sentence, so its first word may just be capitalised, not a name */
    record Name(String text, int start, int end, boolean acronym, boolean initial) {
        /** The run without its first word. */
        String rest() {
            int sp = text.indexOf(' ');
            return sp < 0 ? "" : text.substring(sp + 1).strip();
        }
    }

    /** Acronyms and runs of two or more capitalised words (with "of", "de" … inside). */
    static List<Name> names(String p) {
        List<Name> out = new ArrayList<>();
        List<Text.Tok> words = Text.words(p);
        int k = 0;
        while (k < words.size()) {
            Text.Tok t = words.get(k);
            if (t.hasLetter() && t.isAcronym() && Text.letterWords(t.text()).size() == 1) {
                out.add(new Name(t.text(), t.start(), t.end(), true, false));
                k++;
                continue;
            }
            if (!t.hasLetter() || !t.isCapitalised()) {
                k++;
                continue;
            }
            int j = k;
            int lastCap = k;
            while (j + 1 < words.size() && joined(p, words.get(j), words.get(j + 1))) {
                Text.Tok nx = words.get(j + 1);
                if (nx.isCapitalised() && nx.hasLetter() && !nx.isAcronym()) {
                    lastCap = j + 1;
                } else if (!NAME_LINKS.contains(nx.text())) {
                    break;
                }
                j++;
            }
            if (lastCap > k) {
                out.add(new Name(p.substring(t.start(), words.get(lastCap).end()), t.start(),
                        words.get(lastCap).end(), false, sentenceInitial(p, t.start())));
            }
            k = lastCap + 1;
        }
        return out;
    }

    /** Only spaces between the two words (no comma, full stop or bracket), or the full stop of an initial ("John F. Kennedy"). */
    private static boolean joined(String p, Text.Tok a, Text.Tok b) {
        String gap = p.substring(a.end(), b.start());
        boolean initial = a.text().length() == 1 && Character.isUpperCase(a.text().charAt(0)) && gap.startsWith(".")
                && !gap.substring(1).isEmpty() && gap.substring(1).isBlank();
        return initial || !gap.isEmpty() && gap.isBlank();
    }

    private static boolean sentenceInitial(String p, int at) {
        int k = at - 1;
        while (k >= 0 && (Text.isSpace(p.charAt(k)) || "\"'“‘«(„".indexOf(p.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?…:;-—–".indexOf(p.charAt(k)) >= 0;
    }
}
