package org.transdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.UserFacingException;
import org.transdesk.generation.GeneratedDrafts;
import org.transdesk.generation.GenerationSettings;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.memory.Glossary;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.qa.QaChecks;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.SummaryUnderReview;
import org.transdesk.qa.TranslationUnderReview;
import org.transdesk.review.DraftingService;
import org.transdesk.review.RegenerateMode;

/**
 * One article through the app's services: import (rolled back unless saving), draft each output
 * through its route, QA-check it, and with {@code save} store it as the output's draft. Runs as the
 * given user with the EDITOR role, so the services' own role checks apply as in the web app.
 */
final class DraftingJob {

    /** What became of one output. {@code error} is set when the engine could not draft it. */
    record OutputResult(Output output, String language, List<String> texts, GeneratedText generated,
                        List<QaFinding> findings, String error) {
    }

    record Result(Article article, List<OutputResult> outputs, List<QaFinding> consistency) {
    }

    private final ArticleService articles;
    private final LanguageModels models;
    private final DraftingService drafting;
    private final Glossary glossary;
    private final QaChecks checks;
    private final int summaryWords;
    private final TransactionTemplate transaction;
    private final String user;
    private final PrintWriter progress;

    private DraftingJob(ApplicationContext context, String user, PrintWriter progress) {
        this.articles = context.getBean(ArticleService.class);
        this.models = context.getBean(LanguageModels.class);
        this.drafting = context.getBean(DraftingService.class);
        this.glossary = context.getBean(Glossary.class);
        this.checks = context.getBean(QaChecks.class);
        this.summaryWords = context.getBean(GenerationSettings.class).wordBudget();
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.user = user;
        this.progress = progress;
    }

    static DraftingJob from(ApplicationContext context, String user, PrintWriter progress) {
        return new DraftingJob(context, user, progress);
    }

    Result run(Path file, Set<Output> outputs, boolean save) {
        return run(file, outputs, save, false);
    }

    /**
     * With {@code summaryFromDraft}, an edition's summary is drafted after the translations, from this run's translation
     * in its language (unreviewed: nothing is approved on the command line); without it, the offline engine refuses an
     * edition's summary, since it only extracts from an approved translation.
     */
    Result run(Path file, Set<Output> outputs, boolean save, boolean summaryFromDraft) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, AuthorityUtils.createAuthorityList("ROLE_EDITOR"));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            Article article = importArticle(file, save);
            progress.printf("translate: article \"%s\" (%s, %d paragraphs)%n", article.title(), article.sourceLanguage(),
                    article.paragraphs().size());
            List<GlossaryEntry> terms = glossaryEntries(article.sourceLanguage());
            Set<Output> all = inArticleLanguage(article, outputs);
            List<OutputResult> results;
            if (summaryFromDraft) {
                results = new ArrayList<>(draftAll(article, all.stream().filter(o -> !o.isEditionSummary()).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), terms, List.of()));
                List<OutputResult> first = List.copyOf(results);
                results.addAll(draftAll(article, all.stream().filter(Output::isEditionSummary).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), terms, first));
            } else {
                results = draftAll(article, all, terms, null);
            }
            for (OutputResult result : results) {
                if (save && result.error() == null) {
                    var outcome = drafting.saveGenerated(article.id(), result.output(), article.sourceRevision(),
                            GeneratedDrafts.of(result.generated()), RegenerateMode.ONLY_THE_REST);
                    progress.printf("translate: %s saved as the draft of article %d: %s%n", result.output().key(), article.id(), outcome.notice());
                }
            }
            return new Result(article, results, consistency(results));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A summary asked for in the article's own language is its summary ({@code summary}), not an edition's. */
    private static Set<Output> inArticleLanguage(Article article, Set<Output> outputs) {
        Set<Output> out = new java.util.LinkedHashSet<>();
        for (Output o : outputs) {
            boolean own = o.isEditionSummary() && org.transdesk.language.LanguageTags.base(article.sourceLanguage()).equals(o.language());
            out.add(own ? Output.SUMMARY : o);
        }
        return out;
    }

    /** All outputs at once, each on its own virtual thread as in the web app (model calls overlap). */
    /** {@code drafted}: the translations an edition's summary is taken from ({@code --summary-from-draft}), or null. */
    private List<OutputResult> draftAll(Article article, Set<Output> outputs, List<GlossaryEntry> terms, List<OutputResult> drafted) {
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<OutputResult>> jobs = new ArrayList<>();
            for (Output output : outputs) {
                jobs.add(workers.submit(new DelegatingSecurityContextCallable<>(() -> draft(article, output, terms, drafted))));
            }
            List<OutputResult> results = new ArrayList<>();
            for (Future<OutputResult> job : jobs) {
                results.add(job.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drafting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The app's own import (formats, limits, slug); without {@code save} its transaction is rolled back. */
    private Article importArticle(Path file, boolean save) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return transaction.execute(status -> {
                Article article = articles.importFile(file.getFileName().toString(), content);
                if (!save) {
                    status.setRollbackOnly();
                }
                return article;
            });
        } catch (UserFacingException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
    }

    private OutputResult draft(Article article, Output output, List<GlossaryEntry> terms, List<OutputResult> drafted) {
        String language = output.language(article.sourceLanguage());
        GenerationListener listener = new GenerationListener() {
            @Override
            public void segmentReady(int index, int total, DraftSegment segment) {
                progress.printf("translate: %s %d/%d%n", output.key(), index + 1, total);
            }
        };
        List<String> translation = drafted == null || !output.isEditionSummary() ? List.of()
                : drafted.stream().filter(r -> r.output().equals(Output.translation(output.language())) && r.error() == null)
                        .map(r -> r.texts().subList(Math.min(1, r.texts().size()), r.texts().size()) // without the headline
                        .stream().map(org.transdesk.inline.TaggedText::withoutPlaceholders).toList()).findFirst().orElse(List.of());
        if (drafted != null && output.isEditionSummary() && translation.isEmpty()) {
            String message = "--summary-from-draft takes " + output.key() + " from the " + output.language()
                    + " translation, which this command did not draft: add " + output.language() + " to --to.";
            progress.printf("translate: %s failed: %s%n", output.key(), message);
            return new OutputResult(output, language, List.of(), null, List.of(), message);
        }
        try {
            GeneratedText text = output.isTranslation()
                    ? models.translate(translationRequest(article, output), listener)
                    // nothing is approved on the command line: an edition's summary is written by a model route, or with
                    // --summary-from-draft taken from this run's translation; else the offline engine says it cannot
                    : models.summarize(new SummaryRequest(output.key(), article.sourceLanguage(), language, article.title(), article.plainParagraphs(),
                            summaryWords, translation), listener);
            if (!translation.isEmpty()) {
                text = unreviewed(text, output);
            }
            List<String> texts = text.segments().stream().map(DraftSegment::text).toList();
            List<QaFinding> findings = output.isTranslation()
                    ? checks.checkTranslation(new TranslationUnderReview(article.sourceLanguage(), language, article.segments(), texts, article.segmentCodes()), terms)
                    : checks.checkSummary(new SummaryUnderReview(language, article.plainSegments(), texts, summaryWords));
            progress.printf("translate: %s drafted by %s in %d ms, %d QA findings (%d errors)%n", output.key(),
                    text.provenance().engine(), text.provenance().latencyMs(), findings.size(),
                    findings.stream().filter(QaFinding::isError).count());
            return new OutputResult(output, language, texts, text, findings, null);
        } catch (UserFacingException e) {
            String message = e.getMessage() + (output.isEditionSummary() && drafted == null
                    ? " On the command line, --summary-from-draft takes it from the translation this command drafts (unreviewed)." : "");
            progress.printf("translate: %s failed: %s%n", output.key(), message);
            return new OutputResult(output, language, List.of(), null, List.of(), message);
        }
    }

    /** The summary's sentences say where they come from: this run's unreviewed translation, not an approved one. */
    private static GeneratedText unreviewed(GeneratedText text, Output output) {
        String note = "Sentence taken from the unreviewed " + output.language() + " translation drafted by this command";
        return new GeneratedText(text.segments().stream().map(s -> s.note() == null ? s
                : new DraftSegment(s.id(), s.text(), s.origin(), s.matchScore(), note)).toList(), text.provenance());
    }

    /** Same segment ids as the web app's generation: the headline, then p1, p2, ... */
    private static TranslationRequest translationRequest(Article article, Output output) {
        List<String> segments = article.segments();
        List<SourceSegment> source = IntStream.range(0, segments.size())
                .mapToObj(i -> new SourceSegment(i == 0 ? "title" : "p" + i, segments.get(i))).toList();
        return new TranslationRequest(output.key(), article.sourceLanguage(), output.language(article.sourceLanguage()), source);
    }

    private List<GlossaryEntry> glossaryEntries(String sourceLang) {
        return glossary.all(sourceLang).stream()
                .map(t -> new GlossaryEntry(t.term(), t.renderings(), t.doNotTranslate(), t.caseSensitive()))
                .toList();
    }

    /** Every two translations drafted, in languages the cross-output check compares (both have a profile). */
    private List<QaFinding> consistency(List<OutputResult> results) {
        List<OutputResult> translations = results.stream().filter(r -> r.output().isTranslation() && r.error() == null).toList();
        List<QaFinding> out = new ArrayList<>();
        for (int i = 0; i < translations.size(); i++) {
            for (int j = i + 1; j < translations.size(); j++) {
                OutputResult a = translations.get(i);
                OutputResult b = translations.get(j);
                out.addAll(checks.checkConsistency(a.language(), a.texts(), b.language(), b.texts()));
            }
        }
        return out;
    }
}
