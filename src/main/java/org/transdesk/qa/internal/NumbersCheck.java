package org.transdesk.qa.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transdesk.language.LanguageProfile;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.qa.internal.Numbers.Kind;
import org.transdesk.qa.internal.Numbers.Mention;

/**
 * {@code numbers}: numbers, dates, percentages, ordinals, currencies and units of the source are in the target
 * in a local form.
 * <ul>
 *   <li>ERROR: a number, digit ordinal (30th) or month of the source is missing. Accepted forms include
 *       local separators (1 000,5 / 1.000,5), number words ("четыре", "bốn", "четырёхмесячные"), scale words
 *       (5 млн, 5 triệu), month names or numbers (ноября, tháng 11, 11/2018), 24-hour times for p.m.;</li>
 *   <li>ERROR: a currency or percentage next to a number is not carried over ($ → доллар/USD/đô la);</li>
 *   <li>WARNING: an English number word (two … twelve, twenty …) is missing: translators often rephrase
 *       them ("the two men" → "оба"), so this cannot be an error;</li>
 *   <li>WARNING: a number is only found when read with English separators ("1,000" reads as 1 in Russian);</li>
 *   <li>WARNING: a physical or time unit is missing (translators legitimately convert miles to km);</li>
 *   <li>WARNING: the target has a number the source does not (conversions, or an invented number).</li>
 * </ul>
 */
public final class NumbersCheck extends SegmentCheck {

    public static final String ID = "numbers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        List<Mention> src = Numbers.find(job.sourceProfile(), source);
        List<Mention> tgt = Numbers.find(job.targetProfile(), target);
        Set<String> offered = Numbers.offered(tgt);
        Set<String> foreign = Numbers.offeredForeign(tgt);
        Set<String> reported = new HashSet<>();

        for (Mention m : src) {
            if (!m.required() || Numbers.matches(m, offered) || !reported.add(m.surface())) {
                continue;
            }
            if (Numbers.matches(m, foreign)) {
                Mention t = tgt.stream().filter(x -> Numbers.matches(m, x.foreign())).findFirst().orElseThrow();
                out.add(finding(Severity.WARNING, i, t.start(), t.end(), "qa-finding.numbers.foreign", t.surface(),
                        job.targetProfile().isGeneric() ? Phrase.word("qa-finding.language.target") : FindingWords.language(job.targetProfile()),
                        local(m, job.targetProfile())));
                continue;
            }
            Severity sev = m.kind() == Kind.WORD ? Severity.WARNING : Severity.ERROR;
            out.add(finding(sev, i, switch (m.kind()) {
                case MONTH -> "qa-finding.numbers.missing.month";
                case ORDINAL -> "qa-finding.numbers.missing.ordinal";
                case WORD -> "qa-finding.numbers.missing.word";
                case DIGITS -> "qa-finding.numbers.missing.digits";
            }, m.surface(),
                    m.kind() == Kind.WORD ? m.exact().iterator().next() : ""));
        }

        if (job.englishSource()) {
            for (Units.Hit h : Units.inSource(source)) {
                if (!Units.carried(h.unit(), job.targetProfile(), target)) {
                    out.add(finding(h.unit().severity(), i, "qa-finding.numbers.unit", source.substring(h.start(), h.end()).strip(),
                            FindingWords.unit(h.unit().name())));
                }
            }
        }

        Set<String> sourceOffered = new HashSet<>(Numbers.offered(src));
        sourceOffered.addAll(Numbers.offeredForeign(src));
        for (Mention t : tgt) {
            boolean inSource = t.loose().stream().anyMatch(sourceOffered::contains)
                    || t.exact().stream().anyMatch(sourceOffered::contains);
            if ((t.kind() == Kind.DIGITS || t.kind() == Kind.ORDINAL) && t.required() && !inSource
                    && reported.add("+" + t.surface())) {
                out.add(finding(Severity.WARNING, i, t.start(), t.end(), "qa-finding.numbers.extra", t.surface()));
            }
        }
    }

    /** The number written with the target language's separators: 1 000,5 (ru), 1.000,5 (vi). */
    static String local(Mention m, LanguageProfile lang) {
        String k = m.exact().stream().filter(x -> !x.startsWith(Numbers.MONTH)).findFirst().orElse(m.surface());
        BigDecimal v;
        try {
            v = new BigDecimal(k);
        } catch (NumberFormatException e) {
            return m.surface();
        }
        return lang.numbers().write(v);
    }
}
