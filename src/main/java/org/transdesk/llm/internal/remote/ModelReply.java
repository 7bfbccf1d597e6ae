package org.transdesk.llm.internal.remote;

/** A model's complete answer; {@code cutOff} is true when it stopped at its token limit (finish_reason=length). */
record ModelReply(String text, boolean cutOff, long promptTokens, long completionTokens) {

    ModelReply {
        text = text == null ? "" : text;
    }
}
