package org.transdesk.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.SegmentText;
import org.transdesk.security.Roles;
import org.transdesk.support.SignedIn;

/**
 * The sample article drafted by two engines — Vietnamese and the summary by the offline engine, Russian
 * by a scripted engine (the scripted test model's "Перевод: …" texts, at a price) — the Vietnamese
 * paragraph at position 2 lengthened by {@link #ADDED} by editor "ed", all three approved by "rita".
 */
public record QualitySample(Article article, List<String> vietnameseMachine, int editedPosition) {

    static final Path SAMPLE = Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt");
    static final DraftProvenance SCRIPTED = new DraftProvenance("scripted", "Scripted test engine", "scripted-1", "p1", null,
            1200, 900, 40, new BigDecimal("0.012000"));
    static final String ADDED = " Thêm một câu.";

    public static QualitySample approved(ArticleService articles, GenerationService generation, DraftingService drafting, DraftService drafts,
                                         EditingService editing, ApprovalService approval) {
        Article article = SignedIn.as("ed", Roles.EDITOR, () -> {
            try {
                return articles.importText(Files.readString(SAMPLE, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        SignedIn.as("ed", Roles.EDITOR, () -> {
            try {
                generation.start(article.id(), java.util.Set.of(Output.VI, Output.SUMMARY), GenerationObserver.NONE).await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            List<String> russian = new ArrayList<>();
            russian.add("Перевод: " + article.title());
            article.paragraphs().forEach(p -> russian.add("Перевод: " + p));
            drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(
                    russian.stream().map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList(), SCRIPTED));
        });
        Draft vietnamese = SignedIn.as("ed", Roles.EDITOR, () -> drafts.find(article.id(), Output.VI).orElseThrow());
        SegmentText edited = vietnamese.segments().get(2);
        SignedIn.as("ed", Roles.EDITOR, () -> editing.editSegment(vietnamese.id(), edited.position(), edited.text() + ADDED, edited.revision()));
        SignedIn.as("rita", Roles.REVIEWER, () -> {
            for (Output output : Output.defaults()) {
                approval.approve(drafts.find(article.id(), output).orElseThrow().id(), "test: figures, not QA");
            }
        });
        return new QualitySample(article, vietnamese.texts(), edited.position());
    }
}
