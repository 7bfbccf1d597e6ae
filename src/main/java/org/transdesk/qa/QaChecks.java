package org.transdesk.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.transdesk.qa.internal.BracketsCheck;
import org.transdesk.qa.internal.CrossOutputCheck;
import org.transdesk.qa.internal.DoubleSpaceCheck;
import org.transdesk.qa.internal.EdgeSpacesCheck;
import org.transdesk.qa.internal.EmptyCheck;
import org.transdesk.qa.internal.EntityCheck;
import org.transdesk.qa.internal.GlossaryCheck;
import org.transdesk.qa.internal.InlineWords;
import org.transdesk.qa.internal.LengthRatioCheck;
import org.transdesk.qa.internal.MissingSentenceCheck;
import org.transdesk.qa.internal.NumbersCheck;
import org.transdesk.qa.internal.RepeatedWordCheck;
import org.transdesk.qa.internal.ScriptCheck;
import org.transdesk.qa.internal.SegmentCountCheck;
import org.transdesk.qa.internal.SummaryBudgetCheck;
import org.transdesk.qa.internal.SummaryCheck;
import org.transdesk.qa.internal.SummaryFaithfulnessCheck;
import org.transdesk.qa.internal.SummaryJob;
import org.transdesk.qa.internal.TagsCheck;
import org.transdesk.qa.internal.TranslationCheck;
import org.transdesk.qa.internal.TranslationJob;
import org.transdesk.qa.internal.TruncatedCheck;
import org.transdesk.qa.internal.TypographyQuotesCheck;
import org.transdesk.qa.internal.UntranslatedCheck;
import org.transdesk.qa.internal.UntranslatedSentenceCheck;

/**
 * Automatic QA of translations and summaries. Thread-safe and stateless apart from its settings; as a Spring
 * bean it runs with {@link QaSettings#defaults()}.
 *
 * <p>Check ids (each check's class javadoc in {@code org.transdesk.qa.internal} has its exact severity rules):
 * <ul>
 *   <li>translation: {@code empty}, {@code segment-count}, {@code truncated}, {@code untranslated},
 *       {@code untranslated-sentence}, {@code script}, {@code numbers}, {@code glossary}, {@code entities},
 *       {@code missing-sentence}, {@code length-ratio}, {@code typography-quotes},
 *       {@code double-space}, {@code repeated-word}, {@code edge-spaces}, {@code brackets}, {@code tags}
 *       (inline-code placeholders, see {@link org.transdesk.inline.TaggedText});</li>
 *   <li>summary: {@code summary-budget}, {@code summary-faithfulness};</li>
 *   <li>between the Vietnamese and Russian outputs: {@code cross-output}.</li>
 * </ul>
 *
 * <p>Findings come sorted by segment (output-level first), then position, then severity.
 */
@Component
public class QaChecks {

    /** Ids of the translation checks, in the order they run. */
    public static final List<String> TRANSLATION_CHECKS = List.of(EmptyCheck.ID, SegmentCountCheck.ID,
            TruncatedCheck.ID, UntranslatedCheck.ID, UntranslatedSentenceCheck.ID, ScriptCheck.ID, NumbersCheck.ID,
            GlossaryCheck.ID, EntityCheck.ID, MissingSentenceCheck.ID, LengthRatioCheck.ID, TypographyQuotesCheck.ID,
            DoubleSpaceCheck.ID, RepeatedWordCheck.ID, EdgeSpacesCheck.ID, BracketsCheck.ID, TagsCheck.ID);
    public static final List<String> SUMMARY_CHECKS = List.of(SummaryBudgetCheck.ID, SummaryFaithfulnessCheck.ID);
    public static final String CROSS_OUTPUT_CHECK = CrossOutputCheck.ID;
    /** The two target languages {@link #checkConsistency} compares, in its argument order (vi, ru). */
    public static final List<String> CROSS_OUTPUT_LANGUAGES = CrossOutputCheck.LANGUAGES;

    private static final Comparator<QaFinding> ORDER = Comparator.comparingInt(QaFinding::segment)
            .thenComparingInt(QaFinding::start)
            .thenComparing(QaFinding::severity);

    private final QaSettings settings;
    private final List<TranslationCheck> translationChecks = List.of(new EmptyCheck(), new SegmentCountCheck(),
            new TruncatedCheck(), new UntranslatedCheck(), new UntranslatedSentenceCheck(), new ScriptCheck(),
            new NumbersCheck(), new GlossaryCheck(), new EntityCheck(), new MissingSentenceCheck(), new LengthRatioCheck(),
            new TypographyQuotesCheck(), new DoubleSpaceCheck(), new RepeatedWordCheck(), new EdgeSpacesCheck(),
            new BracketsCheck(), new TagsCheck());
    private final List<SummaryCheck> summaryChecks = List.of(new SummaryBudgetCheck(), new SummaryFaithfulnessCheck());
    private final CrossOutputCheck crossOutput = new CrossOutputCheck();

    public QaChecks() {
        this(QaSettings.defaults());
    }

    public QaChecks(QaSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public QaSettings settings() {
        return settings;
    }

    /** Runs every enabled translation check. {@code glossary} may be empty. */
    public List<QaFinding> checkTranslation(TranslationUnderReview t, List<GlossaryEntry> glossary) {
        TranslationJob job = TranslationJob.of(t, glossary, settings);
        // paragraphs with inline codes: the tags check reads the placeholders, every other check the words
        TranslationUnderReview words = InlineWords.of(t);
        TranslationJob wordsJob = words == t ? job : TranslationJob.of(words, glossary, settings);
        List<QaFinding> out = new ArrayList<>();
        for (TranslationCheck c : translationChecks) {
            if (settings.enabled(c.id())) {
                if (c instanceof TagsCheck || wordsJob == job) {
                    c.check(job, out);
                } else {
                    List<QaFinding> found = new ArrayList<>();
                    c.check(wordsJob, found);
                    found.forEach(f -> out.add(InlineWords.back(f, t)));
                }
            }
        }
        out.sort(ORDER);
        return onePerUntranslatedParagraph(out);
    }

    /**
     * A paragraph that is not translated at all (empty, or still the source) is one finding: the
     * other checks' findings on it (script, numbers, length, truncation...) are consequences of the
     * same fact and would count one untranslated paragraph two to four times. Findings elsewhere stay.
     */
    public static List<QaFinding> onePerUntranslatedParagraph(List<QaFinding> findings) {
        java.util.Set<Integer> untranslated = new java.util.HashSet<>();
        for (QaFinding f : findings) {
            if (f.isError() && f.segment() >= 0 && (f.check().equals(EmptyCheck.ID) || f.check().equals(UntranslatedCheck.ID))) {
                untranslated.add(f.segment());
            }
        }
        if (untranslated.isEmpty()) {
            return List.copyOf(findings);
        }
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        List<QaFinding> out = new ArrayList<>();
        for (QaFinding f : findings) {
            if (!untranslated.contains(f.segment())) {
                out.add(f);
            } else if (f.isError() && (f.check().equals(EmptyCheck.ID) || f.check().equals(UntranslatedCheck.ID)) && reported.add(f.segment())) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** Runs the summary checks: word budget and faithfulness to the source. */
    public List<QaFinding> checkSummary(SummaryUnderReview s) {
        SummaryJob job = SummaryJob.of(s, settings);
        List<QaFinding> out = new ArrayList<>();
        for (SummaryCheck c : summaryChecks) {
            if (settings.enabled(c.id())) {
                c.check(job, out);
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** Compares two translations of the same source in any two languages with a profile, paragraph by paragraph. */
    public List<QaFinding> checkConsistency(String firstLanguage, List<String> first, String secondLanguage, List<String> second) {
        List<QaFinding> out = new ArrayList<>();
        if (settings.enabled(CROSS_OUTPUT_CHECK) && CrossOutputCheck.comparable(firstLanguage, secondLanguage)) {
            crossOutput.check(org.transdesk.language.LanguageProfiles.of(firstLanguage), Paragraphs.copy(first),
                    org.transdesk.language.LanguageProfiles.of(secondLanguage), Paragraphs.copy(second), out);
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** Whether {@link #checkConsistency(String, List, String, List)} compares translations in these two languages (both have a profile). */
    public static boolean crossCheckable(String firstLanguage, String secondLanguage) {
        return CrossOutputCheck.comparable(firstLanguage, secondLanguage);
    }

    /** Compares the Vietnamese and Russian translations of the same source, paragraph by paragraph. */
    public List<QaFinding> checkConsistency(List<String> viTarget, List<String> ruTarget) {
        List<QaFinding> out = new ArrayList<>();
        if (settings.enabled(CROSS_OUTPUT_CHECK)) {
            crossOutput.check(Paragraphs.copy(viTarget), Paragraphs.copy(ruTarget), out);
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
