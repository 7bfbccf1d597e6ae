package org.transdesk.llm.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.transdesk.memory.SentenceSplitter;

class ExtractiveSummarizerTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    /** Lead about a bridge, an off-topic aside second, then three sentences that develop the lead. */
    private static final List<String> BRIDGE_ARTICLE = List.of(
            "The city council approved the new river bridge on Monday after a long debate.",
            "Separately, the weather office expects light snow in the mountains this weekend.",
            "The new river bridge will link the old harbour district with the northern suburbs.",
            "Council members said the river bridge would cut commuting times for thousands of residents.",
            "Construction of the bridge over the river is due to start next spring.");

    private static final List<String> VIETNAMESE_ARTICLE = List.of(
            "Sáng 12/3 , UBND TP. Đà Nẵng tổ chức lễ khởi công cầu vượt sông Hàn mới với tổng vốn đầu tư 3.000 tỷ đồng .",
            "Trời hôm nay nắng đẹp , nhiều du khách đi dạo trên bãi biển Mỹ Khê .",
            "Theo kế hoạch , cầu vượt sông Hàn mới dài 1,5 km và sẽ hoàn thành vào năm 2025 .",
            "Lãnh đạo TP. Đà Nẵng cho biết cầu vượt sông Hàn mới sẽ giảm ùn tắc giao thông ở trung tâm thành phố .",
            "Người dân ủng hộ việc xây dựng cầu vượt sông Hàn mới vì giao thông thuận lợi hơn .");

    private static final List<String> RUSSIAN_ARTICLE = List.of(
            "Правительство России утвердило программу строительства скоростной железной дороги между Москвой и Казанью. "
                    + "В Москве сегодня солнечно, днём ожидается до двадцати градусов тепла. "
                    + "Скоростная железная дорога между Москвой и Казанью сократит время в пути до трёх с половиной часов.",
            "По словам министра транспорта, строительство скоростной железной дороги начнётся в следующем году. "
                    + "Стоимость скоростной железной дороги оценивается в триллион рублей.");

    @Test
    void empty_article_gives_empty_summary() {
        assertThat(summarizer.summarize(List.of(), Locale.ENGLISH, 50)).isEmpty();
        assertThat(summarizer.summarize(List.of("", "   ", "\n"), Locale.ENGLISH, 50)).isEmpty();
        assertThat(summarizer.summarize(List.of(" … — "), Locale.ENGLISH, 50)).isEmpty();
    }

    @Test
    void returns_whole_sentences_of_the_article() {
        List<String> sentences = SentenceSplitter.split(sampleArticle(), Locale.ENGLISH);
        List<String> summary = summarizer.summarize(sampleArticle(), Locale.ENGLISH, 80);
        assertThat(summary).isNotEmpty().allSatisfy(s -> assertThat(sentences).contains(s));
    }

    @Test
    void keeps_sentences_in_article_order() {
        List<String> sentences = SentenceSplitter.split(BRIDGE_ARTICLE, Locale.ENGLISH);
        List<String> summary = summarizer.summarize(BRIDGE_ARTICLE, Locale.ENGLISH, 45);
        assertThat(summary).hasSizeGreaterThanOrEqualTo(3);
        List<Integer> positions = summary.stream().map(sentences::indexOf).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void respects_the_word_budget() {
        for (int budget = 40; budget <= 200; budget += 10) {
            List<String> summary = summarizer.summarize(sampleArticle(), Locale.ENGLISH, budget);
            assertThat(wordCount(summary)).as("budget %d", budget).isLessThanOrEqualTo(budget).isPositive();
        }
    }

    @Test
    void a_larger_budget_gives_a_longer_summary() {
        int small = wordCount(summarizer.summarize(sampleArticle(), Locale.ENGLISH, 60));
        int large = wordCount(summarizer.summarize(sampleArticle(), Locale.ENGLISH, 150));
        assertThat(large).isGreaterThan(small);
    }

    @Test
    void a_best_sentence_longer_than_the_budget_is_returned_alone_and_whole() {
        List<String> summary = summarizer.summarize(sampleArticle(), Locale.ENGLISH, 5);
        assertThat(summary).containsExactly(
                "Hanoi (VNA) - 2021 is considered an important time for the Association of Southeast Asian Nations"
                        + " (ASEAN) and Russia to review their achievements in cooperation and determine related goals"
                        + " in the time to come, towards further deepening the strategic partnership.");
    }

    @Test
    void prefers_central_sentences_over_off_topic_ones() {
        // room for about three sentences: the weather aside comes second but shares no words with the rest
        List<String> summary = summarizer.summarize(BRIDGE_ARTICLE, Locale.ENGLISH, 45);
        assertThat(summary).contains(BRIDGE_ARTICLE.getFirst())
                .noneMatch(s -> s.contains("weather"));
    }

    @Test
    void does_not_repeat_the_same_point() {
        List<String> article = new ArrayList<>(BRIDGE_ARTICLE);
        article.add(1, "On Monday the city council approved the new river bridge after a long debate.");
        List<String> summary = summarizer.summarize(article, Locale.ENGLISH, 45);
        assertThat(summary).contains(article.getFirst()).doesNotContain(article.get(1));
    }

    @Test
    void works_on_vietnamese_and_russian_text() {
        List<String> vietnamese = summarizer.summarize(VIETNAMESE_ARTICLE, VIETNAMESE, 60);
        assertThat(vietnamese)
                .startsWith(VIETNAMESE_ARTICLE.getFirst()) // "TP. Đà Nẵng" did not end the sentence
                .hasSizeGreaterThanOrEqualTo(2)
                .noneMatch(s -> s.contains("Trời hôm nay nắng đẹp"));
        assertThat(wordCount(vietnamese)).isLessThanOrEqualTo(60);

        List<String> russian = summarizer.summarize(RUSSIAN_ARTICLE, RUSSIAN, 40);
        assertThat(russian)
                .hasSizeGreaterThanOrEqualTo(2)
                .first().asString().startsWith("Правительство России");
        assertThat(russian).noneMatch(s -> s.contains("солнечно"));
        assertThat(wordCount(russian)).isLessThanOrEqualTo(40);
    }

    @Test
    void is_deterministic_and_safe_to_share_between_threads() throws Exception {
        List<List<String>> articles = List.of(sampleArticle(), BRIDGE_ARTICLE, VIETNAMESE_ARTICLE, RUSSIAN_ARTICLE);
        List<List<String>> expected = articles.stream()
                .map(a -> summarizer.summarize(a, Locale.ROOT, 60)).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                List<String> article = articles.get(i % articles.size());
                futures.add(pool.submit(() -> summarizer.summarize(article, Locale.ROOT, 60)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % articles.size()));
            }
        }
    }

    @Test
    void rejects_a_budget_below_one_word() {
        assertThatThrownBy(() -> summarizer.summarize(BRIDGE_ARTICLE, Locale.ENGLISH, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The sample article without its first line, which is a "date ... headline" header, not body text. */
    private static List<String> sampleArticle() {
        try (InputStream in = ExtractiveSummarizerTest.class.getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            assertThat(in).as("sample article on the classpath").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.getFirst()).contains("date 2021-04-15");
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int wordCount(List<String> sentences) {
        return sentences.stream().mapToInt(s -> WordTokenizer.words(s).size()).sum();
    }

    @Test
    void an_article_longer_than_the_ranking_cap_is_summarised_from_its_lead_and_its_most_central_sentences() {
        List<String> article = new ArrayList<>(BRIDGE_ARTICLE);
        String[] unrelated = {"tomatoes", "violins", "lighthouse", "keeper", "orchard", "glacier", "poetry", "marathon", "saffron",
                "telescope", "ferret", "quartet", "volcano", "embroidery", "cactus", "harpoon", "lantern", "meadow", "pottery", "walrus"};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 40; i++) {
            StringBuilder filler = new StringBuilder("Filler");
            for (int w = 0; w < 6; w++) {
                filler.append(' ').append(unrelated[random.nextInt(unrelated.length)]);
            }
            article.add(filler.append('.').toString());
        }
        article.add("Engineers say the river bridge over the harbour will carry trams as well as cars.");
        ExtractiveSummarizer capped = new ExtractiveSummarizer(ExtractiveSummarizer.Settings.DEFAULT.withMaxRankedSentences(8));

        List<String> summary = capped.summarize(article, Locale.ENGLISH, 40);

        assertThat(summary).first().isEqualTo(BRIDGE_ARTICLE.getFirst());
        assertThat(summary).allSatisfy(s -> assertThat(s).doesNotContain("Filler"));
        assertThat(summarizer.summarize(BRIDGE_ARTICLE, Locale.ENGLISH, 40))
                .as("under the cap nothing changes").isEqualTo(capped.summarize(BRIDGE_ARTICLE, Locale.ENGLISH, 40));
    }

    @Test
    void the_candidate_cut_keeps_the_lead_window_and_the_sentences_nearest_the_centroid_in_article_order() {
        List<Sentence> all = new ArrayList<>();
        String[] texts = {"Lead about the bridge vote.", "Weather aside today.", "Bridge vote bridge council.", "Cats and dogs.",
                "Council bridge vote passed.", "Violins play.", "The bridge council vote again.", "Tomatoes grow."};
        for (String t : texts) {
            all.add(new Sentence(all.size(), t, WordTokenizer.words(t)));
        }
        CandidateSentences cut = CandidateSentences.of(all, 4);

        assertThat(cut.articleIndexes()).containsExactly(0, 2, 4, 6);
        assertThat(cut.sentences()).extracting(Sentence::position).containsExactly(0, 1, 2, 3);
    }
}
