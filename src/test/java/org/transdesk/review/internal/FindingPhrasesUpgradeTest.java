package org.transdesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.support.UpgradedDatabase.jdbc;
import static org.transdesk.support.UpgradedDatabase.lastBefore;
import static org.transdesk.support.UpgradedDatabase.signIn;
import static org.transdesk.support.UpgradedDatabase.start;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftingService;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.RecordedFinding;
import org.transdesk.support.Fixtures;
import org.transdesk.support.UpgradedDatabase;

/**
 * Issue #15, V31_1: a database with a version's QA record and a dismissal written before findings kept their phrase
 * (English line only), copied, migrates without losing a row; the old rows read as their English line, the old
 * dismissal still applies, and what is approved after the upgrade keeps its phrase, so it reads in Russian.
 */
class FindingPhrasesUpgradeTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final String MISSING_40_RU = "В переводе нет числа «40» из оригинала.";

    @Test
    void old_english_only_findings_survive_the_migration_and_new_ones_keep_their_phrase() throws IOException {
        Path dir = Path.of("target", "finding-phrases-upgrade-" + UUID.randomUUID()).toAbsolutePath();
        Path before = dir.resolve("before");
        long articleId;
        long oldVersionId;
        QaFinding missing;
        Map<String, Long> counts;
        try (ConfigurableApplicationContext old = start(before, "--spring.flyway.target=" + lastBefore(31, 1))) {
            signIn();
            Article article = old.getBean(ArticleService.class).importText("Dam completed\nThe dam cost 40 million dollars.");
            articleId = article.id();
            DraftingService drafting = old.getBean(DraftingService.class);
            Draft vi = drafting.saveGenerated(articleId, Output.VI, article.sourceRevision(),
                    Fixtures.draft("Đập hoàn thành", "Con đập tốn hàng triệu đô la."));
            Draft ru = drafting.saveGenerated(articleId, Output.RU, article.sourceRevision(),
                    Fixtures.draft("Плотина достроена", "Плотина стоила миллионы долларов."));
            missing = numberMissing(old, ru);
            assertThat(missing.phrase()).as("the check says it with a phrase").isNotNull();
            JdbcClient jdbc = jdbc(old);
            // the rows as the code before V31_1 wrote them: the English line only
            oldVersionId = old.getBean(VersionRepository.class).insert(vi, 1, "rev", ContentHash.of(vi.texts()), "Figures checked by phone.");
            jdbc.sql("""
                    insert into version_qa_finding (version_id, check_id, severity, message, segment, span_start, span_end,
                      dismissed_by, dismissed_at, dismissal_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(oldVersionId, missing.check(), missing.severity().name(), missing.message(), missing.segment(), -1, -1,
                            "rev", Timestamp.from(Instant.now()), "Rounded on purpose.").update();
            jdbc.sql("""
                    insert into finding_dismissal (article_id, output_key, segment, check_id, severity, message, finding_hash, text_hash,
                      reason, state, proposed_by, proposed_at, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(articleId, "ru", missing.segment(), missing.check(), missing.severity().name(), missing.message(), FindingKey.of(missing),
                            FindingKey.text(List.of(article.segments().get(1)), List.of(ru.texts().get(1))), "The sum is being checked.",
                            "DISMISSED", "rev", Timestamp.from(Instant.now()), "rev", Timestamp.from(Instant.now())).update();
            counts = rows(old);
        } finally {
            SecurityContextHolder.clearContext();
        }

        Path copy = UpgradedDatabase.copy(before);

        try (ConfigurableApplicationContext upgraded = start(copy)) {
            signIn();
            assertThat(rows(upgraded)).as("no row lost").isEqualTo(counts);
            ApprovalService approval = upgraded.getBean(ApprovalService.class);

            assertThat(approval.qaRecord(oldVersionId)).singleElement().satisfies(r -> {
                assertThat(r.finding().message()).isEqualTo(missing.message());
                assertThat(r.finding().phrase()).as("an old row has only its English line").isNull();
                assertThat(r.dismissalReason()).isEqualTo("Rounded on purpose.");
            });
            Draft ru = upgraded.getBean(org.transdesk.review.DraftService.class).find(articleId, Output.RU).orElseThrow();
            List<FindingDismissal> dismissed = upgraded.getBean(DraftQa.class).check(ru.id()).dismissed();
            assertThat(dismissed).as("the old dismissal still applies").singleElement()
                    .satisfies(d -> assertThat(d.finding().phrase().in(RU)).isEqualTo(MISSING_40_RU));

            ApprovedVersion approved = approval.approve(ru.id(), "Other findings do not matter in this test.");
            assertThat(approval.qaRecord(approved.id())).filteredOn(RecordedFinding::dismissed).singleElement()
                    .satisfies(r -> assertThat(r.finding().phrase().in(RU)).isEqualTo(MISSING_40_RU));
            assertThat(jdbc(upgraded).sql("select message_args from version_qa_finding where version_id = ? and dismissed_by is not null")
                    .param(approved.id()).query(String.class).single()).as("a JSON array of the arguments").startsWith("[\"40\"");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static QaFinding numberMissing(ConfigurableApplicationContext context, Draft ru) {
        return context.getBean(DraftQa.class).check(ru.id()).findings().stream().filter(f -> f.message().contains("“40”")).findFirst().orElseThrow();
    }

    private static Map<String, Long> rows(ConfigurableApplicationContext context) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("article", "draft", "approved_version", "version_qa_finding", "finding_dismissal")) {
            counts.put(table, jdbc(context).sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
