package org.transdesk.base.ui;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.transdesk.base.UserFacingException;

/**
 * One place where a failed action of a screen becomes a sentence the editor can act on. A refusal
 * ({@link UserFacingException}) says itself, in the screen's language when it was built from a phrase; a denied role and a lost sign-in say so; anything else
 * (a database refusal, a bug) is logged with a short reference that the sentence names, so the
 * editor never sees nothing and the administrator finds the cause. The screen decides where the
 * sentence goes: next to the paragraph, in the column head, inside the dialog.
 */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** Runs {@code action}; on failure shows its sentence through {@code show} and returns false. */
    public static boolean attempt(Runnable action, Consumer<String> show) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }, show).isPresent();
    }

    /** Runs {@code action}; on failure shows its sentence through {@code show} and returns empty. */
    public static <T> Optional<T> attempt(Supplier<T> action, Consumer<String> show) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException | StackOverflowError failure) {
            show.accept(describe(failure));
            return Optional.empty();
        }
    }

    /**
     * The message of an exception a screen expects (a refusal, a rejected input) in the screen's
     * language when it was built from a {@link org.transdesk.base.Phrase}, else as it is.
     */
    public static String say(RuntimeException expected) {
        return expected instanceof UserFacingException refusal ? refusal.phrase().map(Messages::tr).orElseGet(refusal::getMessage)
                : expected.getMessage();
    }

    /** The sentence for a failure; unexpected ones are logged here, with the reference the sentence names. */
    public static String describe(Throwable failure) {
        if (failure instanceof UserFacingException refusal) {
            return refusal.phrase().map(Messages::tr).orElseGet(refusal::getMessage);
        }
        if (failure instanceof AccessDeniedException) {
            return Messages.tr("failure.denied");
        }
        if (failure instanceof AuthenticationException) {
            return Messages.tr("failure.signed-out");
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure of a screen action, reference {}", reference, failure);
        return Messages.tr("failure.unexpected", reference);
    }
}
