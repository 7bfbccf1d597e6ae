package org.transdesk.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Locale;
import org.transdesk.base.BoundedUpload;

/**
 * The upload widget every screen uses: its texts in the screen's language (Vaadin's own say "Upload
 * File...", "File is Too Big."), one file, and the screen's own size limit, said to the editor and held
 * on the server before the file is buffered ({@link BoundedUpload}).
 */
public final class Uploads {

    private Uploads() {
    }

    /**
     * @param maxBytes the largest file accepted (checked in the browser, and on the server before reading past it)
     * @param received gets the file's name and bytes, inside the UI's lock
     * @param refused  gets the sentence for the editor when the file is refused, inside the UI's lock
     * @param accepted the file name extensions (".csv") and media types the widget offers
     */
    public static Upload bounded(long maxBytes, SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> refused,
                                 String... accepted) {
        Upload[] upload = new Upload[1];
        Locale locale = Messages.locale();
        upload[0] = new Upload(BoundedUpload.inMemory(maxBytes,
                (meta, bytes) -> upload[0].getUI().ifPresent(ui -> ui.access(() -> received.accept(meta.fileName(), bytes))),
                phrase -> upload[0].getUI().ifPresent(ui -> ui.access(() -> refused.accept(phrase.in(locale))))));
        upload[0].setMaxFiles(1);
        upload[0].setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload[0].setI18n(i18n());
        upload[0].setAcceptedFileTypes(accepted);
        String extensions = String.join(", ", java.util.Arrays.stream(accepted).filter(a -> a.startsWith(".")).toList());
        upload[0].addFileRejectedListener(e -> refused.accept(e.getErrorMessage() + " — "
                + Messages.tr("upload.rules", extensions, Math.max(1, maxBytes / 1024))));
        return upload[0];
    }

    /** Vaadin's upload texts in the screen's language. */
    static UploadI18N i18n() {
        java.util.function.Function<String, String> t = key -> Messages.tr(key);
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("upload.add")).setMany(t.apply("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("upload.drop")).setMany(t.apply("upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(t.apply("upload.error.too-many"))
                        .setFileIsTooBig(t.apply("upload.error.too-big")).setIncorrectFileType(t.apply("upload.error.file-type")))
                .setFile(new UploadI18N.File().setRetry(t.apply("upload.file.retry")).setStart(t.apply("upload.file.start"))
                        .setRemove(t.apply("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("upload.status.connecting"))
                                .setStalled(t.apply("upload.status.stalled")).setProcessing(t.apply("upload.status.processing"))
                                .setHeld(t.apply("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.apply("upload.remaining"))
                                .setUnknown(t.apply("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.apply("upload.error.server"))
                                .setUnexpectedServerError(t.apply("upload.error.unexpected")).setForbidden(t.apply("upload.error.forbidden"))
                                .setFileTooLarge(t.apply("upload.error.too-big"))))
                .setUnits(List.of(t.apply("upload.units").split(",")));
    }
}
