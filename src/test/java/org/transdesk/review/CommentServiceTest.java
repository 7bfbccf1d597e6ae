package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.security.Roles.REVIEWER;
import static org.transdesk.support.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditEvent;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.DraftingService;

/** Threaded, resolvable comments on draft paragraphs. */
@ReviewIntegrationTest
class CommentServiceTest {

    @Autowired CommentService comments;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired ArticleService articles;
    @Autowired AuditLog audit;

    Article article;
    Draft draft;

    @BeforeEach
    void draft() {
        article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        draft = ReviewFixture.generated(drafting, article, Output.VI, ReviewFixture.VIETNAMESE, "ed");
    }

    @Test
    void replies_join_the_thread_of_the_comment_they_answer() {
        SegmentComment question = as("rev", REVIEWER, () -> comments.comment(draft.id(), 1, "Is it Monday 12 April?"));
        SegmentComment answer = as("ed", EDITOR, () -> comments.reply(question.id(), "Yes, added."));
        as("rev", REVIEWER, () -> comments.reply(answer.id(), "Thanks."));
        as("ed", EDITOR, () -> comments.comment(draft.id(), 2, "Check the verb."));

        List<CommentThread> onParagraph1 = as("ed", EDITOR, () -> comments.threads(draft.id(), 1));

        assertThat(onParagraph1).hasSize(1);
        assertThat(onParagraph1.getFirst().opening().body()).isEqualTo("Is it Monday 12 April?");
        assertThat(onParagraph1.getFirst().replies()).extracting(SegmentComment::author, SegmentComment::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ed", "Yes, added."), org.assertj.core.groups.Tuple.tuple("rev", "Thanks."));
        assertThat(as("ed", EDITOR, () -> comments.threads(draft.id()))).hasSize(2);
    }

    @Test
    void resolving_closes_the_whole_thread_and_a_new_reply_reopens_it() {
        SegmentComment question = as("rev", REVIEWER, () -> comments.comment(draft.id(), 1, "Wrong tone."));
        SegmentComment reply = as("ed", EDITOR, () -> comments.reply(question.id(), "Fixed."));

        as("rev", REVIEWER, () -> comments.resolve(reply.id()));
        CommentThread thread = as("rev", REVIEWER, () -> comments.threads(draft.id(), 1)).getFirst();
        assertThat(thread.resolved()).isTrue();
        assertThat(thread.opening().resolvedBy()).isEqualTo("rev");

        as("ed", EDITOR, () -> comments.reply(question.id(), "Actually, one more thing."));
        assertThat(as("rev", REVIEWER, () -> comments.threads(draft.id(), 1)).getFirst().resolved()).isFalse();
        assertThat(as("rev", REVIEWER, () -> audit.forArticle(article.id()))).extracting(AuditEvent::action)
                .contains("comment.added", "comment.replied", "comment.resolved");
    }

    @Test
    void empty_comments_and_missing_paragraphs_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> as("ed", EDITOR, () -> comments.comment(draft.id(), 1, "   "))).isInstanceOf(ReviewException.class);
        assertThatThrownBy(() -> as("ed", EDITOR, () -> comments.comment(draft.id(), 42, "Where?"))).isInstanceOf(ReviewException.class);
        assertThatThrownBy(() -> comments.comment(draft.id(), 1, "anonymous")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(as("ed", EDITOR, () -> comments.threads(draft.id()))).isEmpty();
    }
}
