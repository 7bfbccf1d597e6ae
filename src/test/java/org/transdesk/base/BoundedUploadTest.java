package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upload widget's size limit, held on the server: a file above it is never buffered whole. */
class BoundedUploadTest {

    static final long LIMIT = 1024 * 1024;

    /** An endless stream that counts what was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }

    private final List<byte[]> received = new ArrayList<>();
    private final List<Phrase> refusals = new ArrayList<>();
    private final BoundedUpload upload = BoundedUpload.inMemory(LIMIT, (meta, bytes) -> received.add(bytes), refusals::add);

    private UploadEvent event(long declaredSize, InputStream body) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), mock(VaadinSession.class), "big.txt", declaredSize, "text/plain", null, null);
    }

    @Test
    void a_declared_size_above_the_limit_is_rejected_without_reading_a_byte() throws IOException {
        Endless body = new Endless();
        UploadEvent event = event(400L * 1024 * 1024, body);

        upload.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isZero();
        assertThat(received).isEmpty();
        assertThat(refusals).singleElement().extracting(Phrase::english).asString().contains("larger than 1024 KB");
    }

    @Test
    void an_undeclared_size_is_read_only_until_it_passes_the_limit() throws IOException {
        Endless body = new Endless();
        UploadEvent event = event(-1, body);

        upload.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isLessThanOrEqualTo(LIMIT + 2 * 8192 + 1);
        assertThat(received).isEmpty();
    }

    @Test
    void a_file_within_the_limit_is_handed_over_whole() throws IOException {
        UploadEvent event = event(5, new java.io.ByteArrayInputStream("Hello".getBytes()));

        upload.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(received).singleElement().satisfies(b -> assertThat(new String(b)).isEqualTo("Hello"));
        assertThat(upload.getFileSizeMax()).isEqualTo(LIMIT);
    }
}
