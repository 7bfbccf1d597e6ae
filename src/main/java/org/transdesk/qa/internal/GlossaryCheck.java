package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.transdesk.language.LanguageProfile;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code glossary}: glossary terms found in the source are rendered with the approved term (ERROR when not).
 * <ul>
 *   <li>Terms are found in the source as whole words; where terms overlap ("ASEAN" inside "ASEAN Community")
 *       only the longest counts.</li>
 *   <li>Russian renderings match in any inflection: both sides are reduced by the Snowball Russian stemmer
 *       ("Сообщество АСЕАН" matches "Сообщества АСЕАН", "Россия" matches "России").</li>
 *   <li>Do-not-translate terms must appear unchanged (exact case when the entry is case-sensitive).</li>
 *   <li>Entries without a rendering for the target language are skipped.</li>
 *   <li>A deprecated term of the target language used in the translation (in any inflection) is a WARNING, a
 *       forbidden one an ERROR, wherever it appears: such terms are reported when used, never required.</li>
 * </ul>
 */
public final class GlossaryCheck extends SegmentCheck {

    public static final String ID = "glossary";

    private record Occurrence(GlossaryEntry entry, int start, int end) {
        boolean inside(Occurrence o) {
            return o != this && o.start <= start && end <= o.end && (o.end - o.start) > (end - start);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        if (job.glossary().isEmpty()) {
            return;
        }
        avoidedTerms(job, i, target, out);
        List<Occurrence> found = new ArrayList<>();
        for (GlossaryEntry e : job.glossary()) {
            for (int[] span : findWhole(source, e.term(), e.caseSensitive())) {
                found.add(new Occurrence(e, span[0], span[1]));
            }
        }
        List<GlossaryEntry> checked = new ArrayList<>();
        for (Occurrence o : found) {
            if (found.stream().anyMatch(o::inside) || checked.contains(o.entry())) {
                continue;
            }
            checked.add(o.entry());
            GlossaryEntry e = o.entry();
            if (e.doNotTranslate()) {
                if (findIn(job.targetProfile(), target, e.term(), e.caseSensitive()).isEmpty()) {
                    out.add(finding(Severity.ERROR, i, "qa-finding.glossary.keep", e.term()));
                }
                continue;
            }
            String rendering = renderingFor(e, job.targetCode());
            if (rendering == null || rendering.isBlank()) {
                continue;
            }
            if (findInflected(job.targetProfile(), target, rendering).isEmpty()) {
                out.add(finding(Severity.ERROR, i, "qa-finding.glossary.render", e.term(), rendering));
            }
        }
    }

    private void avoidedTerms(TranslationJob job, int i, String target, List<QaFinding> out) {
        for (GlossaryEntry e : job.glossary()) {
            for (boolean forbidden : new boolean[] {true, false}) {
                for (var byLang : (forbidden ? e.forbidden() : e.deprecated()).entrySet()) {
                    if (!Langs.baseCode(byLang.getKey()).equals(job.targetCode())) {
                        continue;
                    }
                    for (String avoided : byLang.getValue()) {
                        List<int[]> used = findInflected(job.targetProfile(), target, avoided);
                        if (!used.isEmpty()) {
                            String instead = renderingFor(e, job.targetCode());
                            boolean none = instead == null || instead.isBlank();
                            out.add(finding(forbidden ? Severity.ERROR : Severity.WARNING, i, used.getFirst()[0], used.getFirst()[1],
                                    forbidden ? (none ? "qa-finding.glossary.forbidden" : "qa-finding.glossary.forbidden-use")
                                            : none ? "qa-finding.glossary.deprecated" : "qa-finding.glossary.deprecated-use", avoided, e.term(), none ? "" : instead));
                        }
                    }
                }
            }
        }
    }

    private static String renderingFor(GlossaryEntry e, String targetCode) {
        for (var r : e.renderings().entrySet()) {
            if (Langs.baseCode(r.getKey()).equals(targetCode)) {
                return r.getValue();
            }
        }
        return null;
    }

    /**
     * A term in a target, any inflection of Russian words accepted; in a language written without spaces
     * (Chinese) the term is found inside longer runs of characters, as its words are not delimited.
     */
    static List<int[]> findInflected(LanguageProfile lang, String text, String term) {
        return lang.spaceSeparated() ? Stems.find(text, term, false) : findIn(lang, text, term, false);
    }

    /**
     * A literal term in a target: whole words; in a language written without spaces only a letter of the
     * term's own script next to it breaks a match ("iPhone手机" has "iPhone", "东盟国家" has "东盟").
     */
    static List<int[]> findIn(LanguageProfile lang, String text, String term, boolean caseSensitive) {
        if (lang.spaceSeparated()) {
            return findWhole(text, term, caseSensitive);
        }
        String t = Text.nfc(term).strip();
        boolean han = t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        String edge = han ? "" : "\\p{IsLatin}\\p{N}";
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String regex = edge.isEmpty() ? Pattern.quote(t)
                : "(?<![" + edge + "])" + Pattern.quote(t) + "(?![" + edge + "])";
        var m = Pattern.compile(regex, flags).matcher(Text.nfc(text));
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** Whole-word, case-(in)sensitive occurrences of a literal term. */
    static List<int[]> findWhole(String text, String term, boolean caseSensitive) {
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        var m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Text.nfc(term).strip()) + "(?![\\p{L}\\p{N}])",
                flags).matcher(Text.nfc(text));
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }
}
