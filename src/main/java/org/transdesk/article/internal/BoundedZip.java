package org.transdesk.article.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.transdesk.article.ArticleImportException;

/**
 * Reads ZIP archives (our .zip imports, and .docx files before POI sees them) while counting the
 * bytes actually inflated, never trusting the sizes in the headers: a zip bomb stops at the limit.
 */
public final class BoundedZip {

    /** One file from the archive: its name inside the archive and its bytes. */
    public record Entry(String name, byte[] content) {
    }

    private BoundedZip() {
    }

    /**
     * Every file entry (directories skipped), refusing more than maxEntries, an entry above maxEntryBytes or a total above maxTotalBytes.
     * {@code what} names the archive in a refusal: a quoted file name, or a word of the bundles ({@code Phrase.word}).
     */
    public static List<Entry> read(byte[] archive, String what, int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                if (entries.size() == maxEntries) {
                    throw ArticleImportException.of("refusal.import.zip-entries", what, maxEntries);
                }
                byte[] content = readAtMost(zip, maxEntryBytes, what, e.getName());
                total += content.length;
                if (total > maxTotalBytes) {
                    throw ArticleImportException.of("refusal.import.zip-bomb", what, maxTotalBytes);
                }
                entries.add(new Entry(e.getName(), content));
            }
        } catch (ZipException e) {
            throw ArticleImportException.of("refusal.import.zip-unreadable", what, org.transdesk.base.LibraryProblem.detail(e));
        } catch (IOException e) {
            throw ArticleImportException.of("refusal.import.zip-io", what, org.transdesk.base.LibraryProblem.detail(e));
        }
        if (entries.isEmpty()) {
            throw ArticleImportException.of("refusal.import.zip-empty", what);
        }
        return entries;
    }

    private static byte[] readAtMost(InputStream in, long limit, String what, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > limit) {
                throw ArticleImportException.of("refusal.import.zip-bomb-entry", name, what, limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
