package org.transdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The article of the hardening report: 935 KB of 55,000 short made-up sentences ("Vexa toru mila."), the same every time. */
public final class LargeArticles {

    public static final int SENTENCES = 55_000;

    private LargeArticles() {
    }

    /** 50 sentences to a paragraph. */
    public static List<String> manyShortSentences() {
        Random random = new Random(55_000);
        String[] syllables = {"ka", "to", "mi", "ra", "ve", "lu", "no", "si", "da", "pe", "xo", "zu", "ba", "ti", "gre", "mon"};
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int s = 0; s < SENTENCES; s++) {
            int words = 2 + random.nextInt(3);
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)];
                sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence).append('.');
            if (s % 50 == 49) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }
}
