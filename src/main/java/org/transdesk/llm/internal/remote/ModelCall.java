package org.transdesk.llm.internal.remote;

/** One request to a chat model: our instructions, and the user message that carries the article as data. */
record ModelCall(String system, String user) {
}
