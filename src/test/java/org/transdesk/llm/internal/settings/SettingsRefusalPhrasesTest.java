package org.transdesk.llm.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.base.Phrase;

/**
 * Issue #15: the model settings' refusals read in the administrator's language; the English is the sentence it was
 * (a required field names the field in the same language).
 */
class SettingsRefusalPhrasesTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void an_unreadable_key_and_a_missing_field_read_in_russian_and_vietnamese() {
        Phrase key = CurrentLlmSettings.unreadableKey("gpu");
        assertThat(key.english()).isEqualTo(CurrentLlmSettings.unreadableKeyMessage("gpu")).startsWith("The stored API key of provider 'gpu' cannot be decrypted");
        assertThat(key.in(RU)).startsWith("Сохранённый ключ API провайдера 'gpu' не расшифровывается");

        Phrase required = Phrase.of("refusal.settings.required", Phrase.word("refusal.settings.field.provider-id"));
        assertThat(required.english()).isEqualTo("Provider id is required.");
        assertThat(required.in(VI)).isEqualTo("Cần nhập mã nhà cung cấp.");
        assertThat(required.in(RU)).isEqualTo("Поле «Id провайдера» обязательно.");
    }
}
