package org.transdesk.llm.internal.remote;

/**
 * A rough token count (one token per 4 characters, the usual rule of thumb for BPE models) for
 * budgeting chunks; usage and cost use the counts the server reports.
 */
final class Tokens {

    private Tokens() {
    }

    static int estimate(String text) {
        return text == null ? 0 : Math.max(1, (text.codePointCount(0, text.length()) + 3) / 4);
    }
}
