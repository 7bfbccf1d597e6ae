package org.transdesk.llm;

import java.util.List;

/** Summarise the article in {@code language} within {@code wordBudget} words. */
public record SummaryRequest(String outputKey, String language, String title, List<String> paragraphs, int wordBudget) {

    public SummaryRequest {
        paragraphs = List.copyOf(paragraphs);
    }
}
