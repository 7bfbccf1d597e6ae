/**
 * The language-model adapter, in our own words: translate segments into a target language and
 * summarise an article within a word budget, with provenance and usage. A route per output
 * ({@code transdesk.llm.routes.*}) chooses the engine: the built-in offline engine (translation
 * memory, glossary, extractive summariser) or a model server. Callers never see LangChain4j types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language models")
package org.transdesk.llm;
