package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.qa.internal.Numbers.Kind;
import org.transdesk.qa.internal.Numbers.Mention;

/**
 * {@code summary-faithfulness}: what the summary states as fact must come from the article.
 * <ul>
 *   <li>ERROR: a number, digit ordinal or month in the summary is not in the source (in any local form:
 *       "2 million" matches "2,000,000", "four" matches "4");</li>
 *   <li>WARNING: an English number word ("three") the source has neither as word nor digits;</li>
 *   <li>ERROR: an acronym (NASA, COVID-19; "US" matches "U.S.", "ECB" matches "European Central Bank") or a capitalised multi-word name (Ellen Stofan,
 *       Hà Nội) the source does not have; Russian names match in any case form ("Владимира Путина" /
 *       "Владимир Путин");</li>
 *   <li>WARNING: a multi-word name whose words are all in the source, just not together ("President Trump"
 *       from "Donald Trump, the president"), or a single capitalised word after a sentence-initial one
 *       ("The Catalan giants"), which may be an adjective.</li>
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

        for (int i = 0; i < job.summary().size(); i++) {
            String p = job.summary().get(i);
            Set<String> reported = new HashSet<>();
            for (Mention m : Numbers.find(job.lang(), p)) {
                if (!m.required() || Numbers.matches(m, offered) || !reported.add(m.surface())) {
                    continue;
                }
                boolean word = m.kind() == Kind.WORD;
                String what = switch (m.kind()) {
                    case MONTH -> "Month";
                    case ORDINAL -> "Ordinal";
                    case WORD -> "Number word";
                    case DIGITS -> "Number";
                };
                out.add(new QaFinding(ID, word ? Severity.WARNING : Severity.ERROR, what + " “" + m.surface()
                        + "” is not in the source: check it.", i, m.start(), m.end()));
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
                    out.add(new QaFinding(ID, Severity.ERROR, "“" + n.text() + "” is not in the source: check it.",
                            i, n.start(), n.end()));
                    continue;
                }
                boolean allWords = Text.letterWords(text).stream()
                        .allMatch(t -> NAME_LINKS.contains(t.norm()) || sourceForms.stream()
                                .anyMatch(s -> Stems.compatible(s, Stems.form(t.text(), false))));
                // a lone capitalised word after a sentence-initial one ("The Catalan giants") may be an adjective
                out.add(new QaFinding(ID, allWords || single ? Severity.WARNING : Severity.ERROR, "Name “" + text
                        + "” is not in the source" + (allWords ? " as written: check it." : ": check it."),
                        i, n.start(), n.end()));
            }
        }
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

    /** Only spaces between the two words: no comma, full stop or bracket. */
    private static boolean joined(String p, Text.Tok a, Text.Tok b) {
        String gap = p.substring(a.end(), b.start());
        return !gap.isEmpty() && gap.isBlank();
    }

    private static boolean sentenceInitial(String p, int at) {
        int k = at - 1;
        while (k >= 0 && (Text.isSpace(p.charAt(k)) || "\"'“‘«(„".indexOf(p.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?…:;-—–".indexOf(p.charAt(k)) >= 0;
    }
}
