package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.RegenerateMode;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * The measurement: the sample article approved ten times (Vietnamese and Russian, team
 * translations where the sample memory has them, English left elsewhere as the offline engine drafted
 * it, one paragraph edited per round). Counts the memory's duplicate pairs the approvals added.
 */
@IntegrationTest
@WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
class TenApprovalsOfTheSampleTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    ApprovalService approval;
    @Autowired
    MemoryLearning learning;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ten_approvals_of_the_sample_add_no_duplicate_unit_and_no_untranslated_one() throws Exception {
        long duplicatesBefore = duplicates();
        Article article = articles.importText(resource("samples/asean-russia-2021-04-15.txt"));
        List<TranslationUnit> team;
        try (InputStream in = new ClassPathResource("samples/sample-tm.tmx").getInputStream()) {
            team = TmxFiles.read(in, "en");
        }
        for (int round = 1; round <= 10; round++) {
            for (Output output : List.of(Output.VI, Output.RU)) {
                Map<String, String> translations = team.stream().filter(u -> u.targetLang().equals(output.key()))
                        .collect(Collectors.toMap(TranslationUnit::sourceText, TranslationUnit::targetText, (a, b) -> a));
                List<String> texts = new ArrayList<>(article.segments().stream().map(s -> translations.getOrDefault(s, s)).toList());
                int last = texts.size() - 1;
                texts.set(last, texts.get(last) + " (" + round + ")"); // an edit per round, so each approval is a new version
                var draft = drafting.saveGenerated(article.id(), output, article.sourceRevision(), Fixtures.draft(texts.toArray(String[]::new)),
                        RegenerateMode.REPLACE_ALL).draft();
                approval.approve(draft.id(), "publishing the team translation; the rest follows");
                Learned.report(learning, article.id(), output, round);
            }
        }

        long added = duplicates() - duplicatesBefore;
        System.out.println("Duplicate memory units added by ten approvals of the sample (vi + ru): " + added);
        assertThat(added).isZero();
        assertThat(jdbc.sql("select count(*) from tm_unit where article_id = ? and source_text = target_text").param(article.id())
                .query(Long.class).single()).as("English learned as a translation").isZero();
    }

    private long duplicates() {
        return jdbc.sql("select count(*) - (select count(*) from (select distinct source_lang, target_lang, source_text, target_text from tm_unit) d)"
                + " from tm_unit").query(Long.class).single();
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
