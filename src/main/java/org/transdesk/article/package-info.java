/**
 * Source articles: import (text and files, with the checks that keep bad input out), parsing of
 * the newsroom's "date YYYY-MM-DD Title" format, ordered paragraphs, the library listing, and the
 * sample article loaded into an empty database. Also names the {@link org.transdesk.article.Output}s
 * an article is turned into.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Article")
package org.transdesk.article;
