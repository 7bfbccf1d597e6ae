package org.transdesk.export;

import java.nio.file.Path;

/** A written export: where it is on the server, the download name, its bytes and media type. */
public record ExportedFile(Path path, String fileName, String mediaType, byte[] content, int versionNumber) {
}
