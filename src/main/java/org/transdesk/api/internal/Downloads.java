package org.transdesk.api.internal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.transdesk.export.ExportedFile;

/** Files the API hands out: the bytes, their media type, and a download name in Content-Disposition. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> file(byte[] content, String mediaType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    static ResponseEntity<byte[]> file(ExportedFile file) {
        return file(file.content(), file.mediaType(), file.fileName());
    }
}
