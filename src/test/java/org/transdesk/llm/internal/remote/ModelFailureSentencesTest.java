package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

/** What an editor reads when the model server cannot be reached: a sentence, never a bare exception class name. */
class ModelFailureSentencesTest {

    @Test
    void a_refused_connection_without_a_message_reads_as_a_sentence_not_ConnectException() {
        String message = Failures.classify(new RuntimeException(new ConnectException())).getMessage();

        assertThat(message).doesNotContain("ConnectException")
                .isEqualTo("Cannot reach the model server: nothing answered at its address"
                        + " (is it running, and is the URL under Language models right?).");
    }

    @Test
    void an_unknown_host_and_a_broken_connection_name_what_happened() {
        assertThat(Failures.classify(new UnresolvedAddressException()).getMessage())
                .doesNotContain("UnresolvedAddressException").startsWith("Cannot reach the model server: its host name is not known here");
        assertThat(Failures.classify(new UncheckedIOException(new IOException())).getMessage())
                .isEqualTo("The connection to the model server broke off before it answered.");
        assertThat(Failures.classify(new IllegalStateException()).getMessage())
                .isEqualTo("The model call failed.");
    }

    @Test
    void the_library_s_own_words_follow_when_it_has_some() {
        assertThat(Failures.classify(new ConnectException("Connection refused")).getMessage())
                .endsWith(": Connection refused");
    }
}
