package org.transdesk.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.transdesk.base.Phrase;
import org.transdesk.export.ExportException;

/** A ZIP of named files; names come from output keys and format extensions only, never from titles. */
public final class ZipBundle {

    private ZipBundle() {
    }

    public static byte[] of(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new ExportException(Phrase.of("refusal.export.zip-failed", org.transdesk.base.LibraryProblem.failure(e)), e);
        }
        return bytes.toByteArray();
    }
}
