package org.transdesk.language;

import java.util.Set;

/**
 * How the QA check for doubled words ("the the") treats a repeat in this language.
 *
 * @param mode  what a repeat is by default
 * @param words the exceptions: for {@link Mode#ERROR_UNLESS_LISTED} reduplications that are normal speech
 *              (WARNING), for {@link Mode#ERROR_IF_LISTED} the function words whose doubling is an ERROR
 */
public record RepeatPolicy(Mode mode, Set<String> words) {

    public enum Mode {
        /** Russian, English: a repeat is an ERROR unless listed ("да да", "had had": WARNING). */
        ERROR_UNLESS_LISTED,
        /** Vietnamese, Chinese: reduplication is grammar, so only listed function words are ERRORs, others INFO. */
        ERROR_IF_LISTED,
        /** Unknown languages: every repeat is a WARNING. */
        WARNING
    }

    public RepeatPolicy {
        words = Set.copyOf(words);
    }

    public static final RepeatPolicy UNKNOWN = new RepeatPolicy(Mode.WARNING, Set.of());
}
