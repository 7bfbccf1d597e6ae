package org.transdesk.llm.ui;

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
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.llm.internal.settings.ProviderRow;

/** The add/edit form of a provider. The key field is never filled in: blank keeps the key already set. */
class ProviderForm extends FormLayout {

    final TextField id = new TextField("Id");
    final Select<String> type = new Select<>();
    final TextField baseUrl = new TextField("Base URL");
    final PasswordField apiKey = new PasswordField("API key");
    final TextField model = new TextField("Model");
    final NumberField temperature = new NumberField("Temperature");
    final IntegerField timeoutSeconds = new IntegerField("Timeout (s)");
    final IntegerField maxConcurrency = new IntegerField("Max concurrency");
    final BigDecimalField inputPrice = new BigDecimalField("Price / 1M prompt tokens");
    final BigDecimalField outputPrice = new BigDecimalField("Price / 1M completion tokens");
    final Button save = new Button("Save provider");

    ProviderForm(Consumer<org.transdesk.llm.internal.settings.ProviderForm> onSave, Runnable afterSave) {
        type.setLabel("Type");
        type.setItems(ModelSettingsService.TYPES);
        type.setValue("openai");
        baseUrl.setPlaceholder("http://localhost:8000/v1");
        apiKey.setPlaceholder("leave blank to keep the current key");
        apiKey.setRevealButtonVisible(false);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                onSave.accept(new org.transdesk.llm.internal.settings.ProviderForm(id.getValue(), type.getValue(), baseUrl.getValue(),
                        apiKey.getValue(), model.getValue(), temperature.getValue(), timeoutSeconds.getValue(), maxConcurrency.getValue(),
                        inputPrice.getValue(), outputPrice.getValue()));
                Notification.show("Saved provider " + id.getValue()).addThemeVariants(NotificationVariant.SUCCESS);
                apiKey.clear();
                afterSave.run();
            } catch (UserFacingException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.ERROR);
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
