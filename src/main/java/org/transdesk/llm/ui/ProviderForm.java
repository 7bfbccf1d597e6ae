package org.transdesk.llm.ui;

import static org.transdesk.base.ui.Messages.tr;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.transdesk.base.ui.Failures;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.llm.internal.settings.ProviderRow;

/** The add/edit form of a provider. The key field is never filled in: blank keeps the key already set. */
class ProviderForm extends FormLayout {

    /** An address, the same in every language. */
    static final String EXAMPLE_URL = "http://localhost:8000/v1";

    final TextField id = new TextField(tr("models.id"));
    final Select<String> type = new Select<>();
    final TextField baseUrl = new TextField(tr("models.base-url"));
    final PasswordField apiKey = new PasswordField(tr("models.api-key"));
    final TextField model = new TextField(tr("models.model"));
    final NumberField temperature = new NumberField(tr("models.temperature"));
    final IntegerField timeoutSeconds = new IntegerField(tr("models.timeout"));
    final IntegerField maxConcurrency = new IntegerField(tr("models.max-concurrency"));
    final BigDecimalField inputPrice = new BigDecimalField(tr("models.price.prompt"));
    final BigDecimalField outputPrice = new BigDecimalField(tr("models.price.completion"));
    final Button save = new Button(tr("models.save-provider"));

    ProviderForm(Consumer<org.transdesk.llm.internal.settings.ProviderForm> onSave, Runnable afterSave) {
        type.setLabel(tr("models.type"));
        type.setItems(ModelSettingsService.TYPES);
        type.setValue("openai");
        baseUrl.setPlaceholder(EXAMPLE_URL);
        apiKey.setPlaceholder(tr("models.api-key.placeholder"));
        apiKey.setRevealButtonVisible(false);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                onSave.accept(new org.transdesk.llm.internal.settings.ProviderForm(id.getValue(), type.getValue(), baseUrl.getValue(),
                        apiKey.getValue(), model.getValue(), temperature.getValue(), timeoutSeconds.getValue(), maxConcurrency.getValue(),
                        inputPrice.getValue(), outputPrice.getValue()));
                Notification.show(tr("models.saved-provider", id.getValue())).addThemeVariants(NotificationVariant.SUCCESS);
                apiKey.clear();
                afterSave.run();
            } catch (UserFacingException ex) {
                Notification.show(Failures.say(ex)).addThemeVariants(NotificationVariant.ERROR);
            } finally {
                apiKey.clear();
            }
        });
        add(id, type, baseUrl, apiKey, model, temperature, timeoutSeconds, maxConcurrency, inputPrice, outputPrice, save);
    }

    void edit(ProviderRow row) {
        id.setValue(row.id());
        type.setValue(row.type());
        baseUrl.setValue(row.baseUrl() == null ? "" : row.baseUrl());
        apiKey.clear();
        model.setValue(row.model());
        temperature.setValue(row.temperature());
        timeoutSeconds.setValue((int) row.timeoutSeconds());
        maxConcurrency.setValue(row.maxConcurrency());
        inputPrice.setValue(row.inputPricePerMillion());
        outputPrice.setValue(row.outputPricePerMillion());
    }
}
