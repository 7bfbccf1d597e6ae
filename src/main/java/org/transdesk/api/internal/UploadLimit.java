package org.transdesk.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads a file sent to the API, as a raw body or as a multipart part, never past the upload limit
 * ({@code spring.servlet.multipart.max-file-size}, the same as for uploads in the UI): a body that
 * says or turns out to be larger is refused with 413 before more of it is held in memory.
 */
@Component
class UploadLimit {

    private final long maxBytes;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:8MB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    byte[] read(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw tooLarge(-1);
            }
            return content;
        }
    }

    byte[] read(MultipartFile file) throws IOException {
        if (file.getSize() > maxBytes) {
            throw tooLarge(file.getSize());
        }
        return file.getBytes();
    }

    private ApiPayloadTooLargeException tooLarge(long size) {
        return new ApiPayloadTooLargeException("The file is " + (size < 0 ? "larger than " + maxBytes : size) + " bytes; the limit is "
                + maxBytes + " bytes (setting spring.servlet.multipart.max-file-size).");
    }
}
