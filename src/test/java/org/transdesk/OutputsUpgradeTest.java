package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.support.UpgradedDatabase.jdbc;
import static org.transdesk.support.UpgradedDatabase.lastBefore;
import static org.transdesk.support.UpgradedDatabase.newest;
import static org.transdesk.support.UpgradedDatabase.signIn;
import static org.transdesk.support.UpgradedDatabase.start;
import static org.transdesk.support.UpgradedDatabase.version;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftOutcome;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.OutputState;
import org.transdesk.qa.QaFinding;
import org.transdesk.support.Fixtures;
import org.transdesk.support.UpgradedDatabase;

/**
 * Issue #16: a database written by the migrations before outputs were configuration (drafts, versions and a dismissed
 * finding under vi, ru and summary), copied, opens with six outputs configured (vi, ru, zh; summaries source, vi, ru)
 * and loses nothing; the new outputs draft beside the old ones, and a run of many outputs is recorded (V26_1).
 */
class OutputsUpgradeTest {

    private static final String SIX = "--transdesk.outputs.translations=vi,ru,zh";
    private static final String SIX_SUMMARIES = "--transdesk.outputs.summaries=source,vi,ru";

    @Test
    void an_old_database_opens_with_six_outputs_and_loses_nothing() throws IOException {
        Path dir = Path.of("target", "outputs-upgrade-" + UUID.randomUUID()).toAbsolutePath();
        Path before = dir.resolve("before");
        long articleId;
        Map<String, Object> counts;
        List<String> viText = List.of("Kỷ lục thu hoạch", "Sản lượng lúa tăng 5% trong năm nay.", "Nông dân vui mừng vì mùa màng bội thu.");
        try (ConfigurableApplicationContext old = start(before, "--spring.flyway.target=" + lastBefore(26, 0))) {
            signIn();
            assertThat(version(old)).as("written by the migrations before V26_1").doesNotStartWith("26");
            Article article = old.getBean(ArticleService.class).importText(
                    "Harvest record\nRice output rose 5% this year.\nFarmers were glad of the rich harvest.");
            articleId = article.id();
            DraftingService drafting = old.getBean(DraftingService.class);
            var vi = drafting.saveGenerated(articleId, Output.VI, 1, Fixtures.draft(viText.toArray(String[]::new)));
            old.getBean(ApprovalService.class).approve(vi.id());
            var ru = drafting.saveGenerated(articleId, Output.RU, 1, Fixtures.draft("Рекордный урожай",
                    "Производство риса выросло на 7% в этом году.", "Фермеры рады богатому урожаю."));
            drafting.saveGenerated(articleId, Output.SUMMARY, 1, Fixtures.draft("Rice output rose 5% this year."));
            QaFinding wrongFigure = old.getBean(DraftQa.class).check(ru.id()).findings().stream()
                    .filter(f -> f.segment() == 1).findFirst().orElseThrow();
            dismissAsBeforeV31(old, article, ru, wrongFigure, "The agency's figure was corrected to 7%.");
            counts = rows(old);
        } finally {
            SecurityContextHolder.clearContext();
        }

        Path copy = UpgradedDatabase.copy(before);

        try (ConfigurableApplicationContext upgraded = start(copy, SIX, SIX_SUMMARIES)) {
            signIn();
            assertThat(version(upgraded)).as("every migration since, V26_1 among them").isEqualTo(newest());
            assertThat(rows(upgraded)).as("no row lost").isEqualTo(counts);
            Outputs outputs = upgraded.getBean(Outputs.class);
            assertThat(outputs.keys()).containsExactly("vi", "ru", "zh", "summary", "summary-vi", "summary-ru");

            DraftService drafts = upgraded.getBean(DraftService.class);
            assertThat(drafts.find(articleId, Output.VI).orElseThrow().texts()).isEqualTo(viText);
            assertThat(drafts.find(articleId, Output.RU).orElseThrow().texts()).hasSize(3);
            assertThat(drafts.find(articleId, Output.SUMMARY).orElseThrow().texts()).containsExactly("Rice output rose 5% this year.");
            assertThat(upgraded.getBean(ApprovalService.class).versions(articleId, Output.VI)).singleElement()
                    .satisfies(v -> assertThat(v.segments()).isEqualTo(viText));
            assertThat(upgraded.getBean(DraftQa.class).check(drafts.find(articleId, Output.RU).orElseThrow().id()).dismissed())
                    .as("the dismissed finding still applies").singleElement()
                    .satisfies(d -> assertThat(d.reason()).contains("corrected to 7%"));
            Map<Output, OutputState> states = drafts.states(List.of(articleId)).get(articleId);
            assertThat(outputs.withStored(states.keySet())).containsExactlyElementsOf(outputs.all());

            // the new outputs draft beside the old ones, in one run
            Map<Output, DraftOutcome> finished = new ConcurrentHashMap<>();
            Map<Output, String> failed = new ConcurrentHashMap<>();
            upgraded.getBean(GenerationService.class).start(articleId, new LinkedHashSet<>(List.of(Output.translation("zh"),
                    Output.editionSummary("vi"), Output.editionSummary("ru"))), new GenerationObserver() {
                @Override
                public void finished(Output output, DraftOutcome outcome) {
                    finished.put(output, outcome);
                }

                @Override
                public void failed(Output output, String message) {
                    failed.put(output, message);
                }
            }).await();
            assertThat(finished).containsKeys(Output.translation("zh"), Output.editionSummary("vi"));
            assertThat(drafts.find(articleId, Output.editionSummary("vi")).orElseThrow().texts())
                    .as("the offline engine extracts the Vietnamese summary from the approved Vietnamese translation")
                    .isNotEmpty().allSatisfy(t -> assertThat(viText.subList(1, 3)).contains(t));
            assertThat(failed).containsOnlyKeys(Output.editionSummary("ru"));
            assertThat(failed.get(Output.editionSummary("ru"))).contains("cannot write a summary in Russian")
                    .contains("no approved Russian translation");
            assertThat(drafts.find(articleId, Output.VI).orElseThrow().texts()).as("untouched").isEqualTo(viText);

            // a run of many outputs is recorded: its list of keys outgrew generation_run.outputs varchar(64)
            Set<Output> many = new LinkedHashSet<>();
            for (String lang : List.of("fr", "es", "de", "it", "pt")) {
                many.add(Output.translation(lang));
                many.add(Output.editionSummary(lang));
            }
            List<String> ended = java.util.Collections.synchronizedList(new ArrayList<>());
            upgraded.getBean(GenerationService.class).start(articleId, many, new GenerationObserver() {
                @Override
                public void finished(Output output, DraftOutcome outcome) {
                    ended.add(output.key());
                }

                @Override
                public void failed(Output output, String message) {
                    ended.add(output.key());
                }
            }).await();
            assertThat(ended).hasSize(10);
            assertThat(JdbcClient.create(upgraded.getBean(javax.sql.DataSource.class))
                    .sql("select outputs from generation_run order by id desc").query(String.class).list().getFirst())
                    .as("outputs not configured come after the configured ones, by key")
                    .isEqualTo("de,es,fr,it,pt,summary-de,summary-es,summary-fr,summary-it,summary-pt").hasSizeGreaterThan(64);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The dismissal as the code before V31_1 stored it (the English line only): today's repository also writes the
     * finding's phrase, in columns this older schema does not have yet.
     */
    private static void dismissAsBeforeV31(ConfigurableApplicationContext old, Article article, org.transdesk.review.Draft ru, QaFinding finding,
                                           String reason) {
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        JdbcClient.create(old.getBean(javax.sql.DataSource.class)).sql("""
                insert into finding_dismissal (article_id, output_key, segment, check_id, severity, message, finding_hash, text_hash,
                  reason, state, proposed_by, proposed_at, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DISMISSED', 'vera', ?, 'vera', ?)""")
                .params(article.id(), "ru", finding.segment(), finding.check(), finding.severity().name(), finding.message(),
                        org.transdesk.review.internal.FindingKey.of(finding),
                        org.transdesk.review.internal.FindingKey.text(List.of(article.segments().get(finding.segment())),
                                List.of(ru.texts().get(finding.segment()))), reason, now, now)
                .update();
    }

    static Map<String, Object> rows(ConfigurableApplicationContext context) {
        JdbcClient jdbc = jdbc(context);
        Map<String, Object> counts = new java.util.TreeMap<>();
        for (String table : List.of("article", "draft", "draft_segment", "approved_version", "finding_dismissal")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        counts.put("keys", jdbc.sql("select output_key from draft order by output_key").query(String.class).list());
        return counts;
    }
}
