package org.transdesk.language;

import java.util.List;

/** Splits text into words: at spaces and punctuation, or by dictionary for languages written without spaces. */
public interface WordSegmenter {

    List<Word> words(String text);

    boolean spaceSeparated();
}
