package org.transdesk.llm.internal.remote;

import java.util.concurrent.atomic.AtomicLong;

/** Tokens used by the calls for one output. */
final class Usage {

    final AtomicLong promptTokens = new AtomicLong();
    final AtomicLong completionTokens = new AtomicLong();

    void add(ModelReply reply) {
        promptTokens.addAndGet(reply.promptTokens());
        completionTokens.addAndGet(reply.completionTokens());
    }
}
