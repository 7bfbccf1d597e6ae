package org.transdesk.bench;

import java.util.List;
import java.util.Map;

/**
 * Answers of realistic length for the benchmark's model server: a translation as long as its
 * source paragraph (in characters, in the target's script, so it passes the adapter's checks) and
 * a summary made of the article's first words up to the word budget.
 */
final class ServerAnswers {

    private static final String VIETNAMESE = "Các quan chức cấp cao của ASEAN và Nga đã thảo luận về hợp tác kinh tế, "
            + "an ninh và văn hóa, đồng thời nhất trí thúc đẩy quan hệ đối tác chiến lược trong năm tới. ";
    private static final String RUSSIAN = "Старшие должностные лица АСЕАН и России обсудили сотрудничество в области "
            + "экономики, безопасности и культуры и договорились укреплять стратегическое партнёрство в следующем году. ";

    private ServerAnswers() {
    }

    static String translation(List<String> ids, Map<String, String> source, boolean russian) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            String paragraph = source.getOrDefault(id, "");
            out.append("[[").append(id).append("]]\n").append(asLongAs(paragraph.length(), russian ? RUSSIAN : VIETNAMESE)).append("\n\n");
        }
        return out.toString().strip();
    }

    static String summary(Map<String, String> source, int wordBudget) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (int i = 1; source.containsKey("p" + i) && words < wordBudget; i++) {
            for (String word : source.get("p" + i).strip().split("\\s+")) {
                if (words++ == wordBudget) {
                    break;
                }
                out.append(word).append(' ');
            }
        }
        String text = out.toString().strip();
        return text.endsWith(".") ? text : text + ".";
    }

    /** The filler repeated to {@code length} characters, cut after a whole word. */
    private static String asLongAs(int length, String filler) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(filler);
        }
        int cut = text.lastIndexOf(" ", Math.max(1, length));
        return (cut > 0 ? text.substring(0, cut) : text.toString()).strip();
    }
}
