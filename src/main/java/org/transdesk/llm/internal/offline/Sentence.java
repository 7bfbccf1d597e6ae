package org.transdesk.llm.internal.offline;

import java.util.List;

/**
 * One sentence of the article: its position (article order), its original text, and its
 * lower-cased word tokens. The token count is what the word budget is measured in.
 */
record Sentence(int position, String text, List<String> words) {

    Sentence {
        words = List.copyOf(words);
    }

    int wordCount() {
        return words.size();
    }
}
