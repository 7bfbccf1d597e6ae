package org.transdesk.base;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An upload held in memory only up to a limit, checked on the server: the upload widget's
 * {@code setMaxFileSize} is a check in the browser, which any client can skip (400 MB sent to the
 * upload address were held in memory before the import refused them). A declared size above the
 * limit is rejected without reading; an undeclared one is read until it passes the limit.
 */
public final class BoundedUpload implements UploadHandler {

    private final long maxBytes;
    private final InMemoryUploadCallback callback;
    private final SerializableConsumer<Phrase> rejected;

    private BoundedUpload(long maxBytes, InMemoryUploadCallback callback, SerializableConsumer<Phrase> rejected) {
        this.maxBytes = maxBytes;
        this.callback = callback;
        this.rejected = rejected;
    }

    /**
     * @param maxBytes  the largest file accepted
     * @param callback  gets the whole file when it is within the limit
     * @param rejected  gets the sentence for the editor otherwise (called on the upload request, without the UI lock)
     */
    public static BoundedUpload inMemory(long maxBytes, InMemoryUploadCallback callback, SerializableConsumer<Phrase> rejected) {
        return new BoundedUpload(maxBytes, callback, rejected);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        Phrase tooLarge = Phrase.of("refusal.upload.too-large", event.getFileName(), maxBytes / 1024);
        if (event.getFileSize() > maxBytes) {
            event.reject(tooLarge.english());
            rejected.accept(tooLarge);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = readAtMost(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
        if (content == null) {
            event.reject(tooLarge.english());
            rejected.accept(tooLarge);
            return;
        }
        try {
            callback.complete(new UploadMetadata(event.getFileName(), event.getContentType(), content.length), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        // the file plus the multipart headers around it
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /** All bytes when there are at most {@code limit}; null as soon as there are more. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
