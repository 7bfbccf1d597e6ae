package org.transdesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftingService;
import org.transdesk.review.FindingDismissal.State;
import org.transdesk.review.RecordedFinding;
import org.transdesk.review.ReviewFixture;
import org.transdesk.review.ReviewIntegrationTest;

/**
 * Issue #15, V31_1: a stored finding keeps its phrase (key and arguments) beside the English line, on H2 and on
 * PostgreSQL; arguments holding quotes, commas, backslashes and line breaks come back as they were, and a row without
 * a phrase that can still be said (written before V31_1, a key since renamed) reads as its English line.
 */
@ReviewIntegrationTest
class StoredPhraseTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final String AWKWARD = "12,5 \"млн\" \\ «руб.»,\nитого; '{0}'";
    static final QaFinding MISSING = new QaFinding("numbers", Severity.ERROR, Phrase.of("qa-finding.numbers.missing.digits", AWKWARD), 1, 0, 4);
    static final String TEXT = FindingKey.text(List.of("It cost 12.5 million roubles."), List.of("Стоило миллионы."));

    @Autowired DismissalRepository dismissals;
    @Autowired FindingRepository findings;
    @Autowired VersionRepository versions;
    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired JdbcClient jdbc;

    @Test
    void a_dismissed_finding_and_a_versions_record_keep_the_phrase_with_awkward_arguments() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        long id = dismissals.insert(article.id(), Output.RU, MISSING, TEXT, "Rounded on purpose.", State.DISMISSED, "rev");
        long versionId = version(article);

        QaFinding stored = dismissals.find(id).orElseThrow().finding();
        assertThat(stored.phrase()).isEqualTo(MISSING.phrase());
        assertThat(stored.message()).isEqualTo(MISSING.message());
        assertThat(stored.phrase().in(RU)).isEqualTo("В переводе нет числа «" + AWKWARD + "» из оригинала.");

        findings.insertAll(versionId, List.of(MISSING));
        assertThat(findings.forVersion(versionId)).singleElement().extracting(RecordedFinding::finding)
                .satisfies(f -> assertThat(f.phrase()).isEqualTo(MISSING.phrase()));
    }

    @Test
    void a_row_written_before_the_phrase_columns_or_with_a_key_since_renamed_reads_as_its_english_line() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        long versionId = version(article);
        findings.insertAll(versionId, List.of(MISSING, MISSING.withSpan(1, 2), MISSING.withSpan(2, 3)));
        List<Long> ids = jdbc.sql("select id from version_qa_finding where version_id = ? order by id").param(versionId).query(Long.class).list();
        jdbc.sql("update version_qa_finding set message_key = null, message_args = null where id = ?").param(ids.get(0)).update();
        jdbc.sql("update version_qa_finding set message_key = 'qa-finding.no-such-key' where id = ?").param(ids.get(1)).update();
        jdbc.sql("update version_qa_finding set message_args = '[]' where id = ?").param(ids.get(2)).update();

        assertThat(findings.forVersion(versionId)).hasSize(3).allSatisfy(r -> {
            assertThat(r.finding().phrase()).as("no phrase that can be said").isNull();
            assertThat(r.finding().message()).isEqualTo(MISSING.message());
        });
    }

    @Test
    void a_model_reviews_finding_has_no_phrase_and_stores_none() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        QaFinding opinion = new QaFinding("model-review", Severity.WARNING, "The tone is too casual (reviewer model).", 1, -1, -1);
        long id = dismissals.insert(article.id(), Output.RU, opinion, TEXT, "House style.", State.PROPOSED, "ed");

        assertThat(jdbc.sql("select message_key from finding_dismissal where id = ?").param(id).query(String.class).optional()).isEmpty();
        assertThat(dismissals.find(id).orElseThrow().finding().message()).isEqualTo(opinion.message());
    }

    @Test
    void a_model_reviews_finding_keeps_its_phrase_with_numbers_that_still_choose_their_plural_form() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        Phrase failed = Phrase.of("qa-finding.model-review.failed", Phrase.of("qa-finding.model-review.paragraph", 1).nested(),
                Phrase.of("qa-finding.model-review.attempts", Phrase.of("qa-finding.model-review.answer.empty").nested(), Phrase.number(21)).nested());
        QaFinding finding = QaFinding.of("model-review", Severity.INFO, failed, 1);
        long id = dismissals.insert(article.id(), Output.RU, finding, TEXT, "Seen.", State.DISMISSED, "ed");

        QaFinding stored = dismissals.find(id).orElseThrow().finding();
        assertThat(stored.phrase()).isEqualTo(failed);
        assertThat(stored.message()).isEqualTo("Model review failed for paragraph 1: the answer was empty (21 attempts); no findings from the model for it.");
        assertThat(stored.phrase().in(RU)).isEqualTo("Модели не удалось проверить абзац 1: ответ пустой (21 попытка); замечаний модели к нему нет.");
    }

    private long version(Article article) {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, ReviewFixture.RUSSIAN, "ed");
        return versions.insert(draft, versions.nextNumber(article.id(), Output.RU), "rev", ContentHash.of(draft.texts()), null);
    }
}
