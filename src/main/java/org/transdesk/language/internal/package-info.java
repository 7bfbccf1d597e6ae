/** The language profiles themselves, one class per language, and the ICU/Lucene pieces they are built from. */
package org.transdesk.language.internal;
