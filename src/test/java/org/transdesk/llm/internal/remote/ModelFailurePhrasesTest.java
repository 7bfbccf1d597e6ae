package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.base.Phrase;

/**
 * Issue #15: a model failure an editor reads in the column head ("Model 'gpu' failed: Cannot reach the model server …;
 * gave up after 3 attempts. The previous draft is unchanged.") is said in the screen's language at every level of the
 * sentence, while the English stays as it was. On the old code these failures were English strings only.
 */
class ModelFailurePhrasesTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void a_refused_connection_retried_and_given_up_reads_in_russian_and_vietnamese_at_every_level() {
        ModelFailure refused = (ModelFailure) Failures.classify(new ConnectException("Connection refused"));
        ModelFailure gaveUp = new ModelFailure(Phrase.of("refusal.model.gave-up", refused.said(), 3), false, null, refused);
        Phrase failed = Phrase.of("refusal.model.failed-draft-kept", "gpu", gaveUp.said());

        assertThat(failed.english()).isEqualTo("Model 'gpu' failed: Cannot reach the model server: nothing answered at its address"
                + " (is it running, and is the URL under Language models right?): Connection refused; gave up after 3 attempts."
                + " The previous draft is unchanged.");
        assertThat(failed.in(RU)).isEqualTo("Сбой модели 'gpu': Не удаётся связаться с сервером модели: по его адресу никто не отвечает"
                + " (запущен ли он и верен ли URL в разделе «Языковые модели»?): Connection refused; после 3 попыток повторять больше"
                + " не стали. Прежний черновик не изменился.");
        assertThat(failed.in(VI)).startsWith("Mô hình 'gpu' gặp lỗi: Không kết nối được máy chủ mô hình").endsWith("Bản nháp trước vẫn giữ nguyên.");
    }
}
