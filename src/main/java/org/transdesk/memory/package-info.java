/**
 * Translation memory (source/target pairs of paragraphs and sentences, learned from approvals
 * and imported from TMX) and the glossary (terms with approved renderings per language and
 * do-not-translate terms). The offline engine drafts from both.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Memory")
package org.transdesk.memory;
