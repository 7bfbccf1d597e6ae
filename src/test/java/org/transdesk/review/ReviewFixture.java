package org.transdesk.review;

import java.math.BigDecimal;
import java.util.List;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.security.Roles;
import org.transdesk.support.SignedIn;

/** A short article and hand-written drafts that pass QA, so workflow tests are about the workflow. */
public final class ReviewFixture {

    public static final String SOURCE = """
            Talks in Hanoi
            The meeting was held on Monday.
            Both sides praised the cooperation.""";
    public static final List<String> RUSSIAN = List.of("Переговоры в Ханое", "Встреча прошла в понедельник.",
            "Обе стороны высоко оценили сотрудничество.");
    public static final List<String> VIETNAMESE = List.of("Hội đàm tại Hà Nội", "Cuộc họp diễn ra vào thứ Hai.",
            "Hai bên đánh giá cao sự hợp tác.");
    public static final DraftProvenance ENGINE = new DraftProvenance("test", "Hand-written test draft", null, null, null, 0, 0, 0, BigDecimal.ZERO);

    private ReviewFixture() {
    }

    public static Article article(ArticleService articles, String text) {
        return SignedIn.as("importer", Roles.EDITOR, () -> articles.importText(text));
    }

    /** Generates (stores) a draft as the engine would, run by {@code user}; people's paragraphs are kept. */
    public static Draft generated(DraftingService drafting, Article article, Output output, List<String> texts, String user) {
        return regenerated(drafting, article, output, texts, user, RegenerateMode.ONLY_THE_REST).draft();
    }

    /** Generates (stores) a draft as the engine would, in {@code mode}. */
    public static DraftOutcome regenerated(DraftingService drafting, Article article, Output output, List<String> texts, String user,
                                           RegenerateMode mode) {
        return SignedIn.as(user, Roles.EDITOR, () -> drafting.saveGenerated(article.id(), output, article.sourceRevision(),
                engineText(texts), mode));
    }

    /** Engine text for every paragraph, in order. */
    public static GeneratedDraft engineText(List<String> texts) {
        return new GeneratedDraft(texts.stream().map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList(), ENGINE);
    }

    public static SegmentText segment(Draft draft, int position) {
        return draft.segments().get(position);
    }
}
