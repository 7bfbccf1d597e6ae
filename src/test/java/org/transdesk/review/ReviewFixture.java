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

    /** Generates (stores) a draft as the engine would, run by {@code user}. */
    public static Draft generated(DraftService drafts, Article article, Output output, List<String> texts, String user) {
        var segments = texts.stream().map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList();
        return SignedIn.as(user, Roles.EDITOR, () -> drafts.saveGenerated(article.id(), output, article.sourceRevision(),
                new GeneratedDraft(segments, ENGINE)));
    }

    public static SegmentText segment(Draft draft, int position) {
        return draft.segments().get(position);
    }
}
