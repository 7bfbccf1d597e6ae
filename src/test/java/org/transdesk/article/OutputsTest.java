package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class OutputsTest {

    @Test
    void unset_configuration_is_todays_three_outputs_in_their_order() {
        Outputs outputs = new Outputs(new MockEnvironment());

        assertThat(outputs.all()).containsExactly(Output.VI, Output.RU, Output.SUMMARY);
        assertThat(outputs.keys()).containsExactly("vi", "ru", "summary");
        assertThat(Outputs.defaults().all()).isEqualTo(outputs.all());
    }

    @Test
    void six_outputs_from_the_two_lists_translations_first() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("transdesk.outputs.translations", "vi, ru,ZH")
                .withProperty("transdesk.outputs.summaries", "source,vi,ru");
        Outputs outputs = new Outputs(env);

        assertThat(outputs.keys()).containsExactly("vi", "ru", "zh", "summary", "summary-vi", "summary-ru");
        assertThat(outputs.translations()).extracting(Output::language).containsExactly("vi", "ru", "zh");
        Output summaryVi = outputs.require("summary-vi");
        assertThat(summaryVi.isSummary()).isTrue();
        assertThat(summaryVi.isEditionSummary()).isTrue();
        assertThat(summaryVi.language("en")).isEqualTo("vi");
        assertThat(Output.SUMMARY.language("en")).isEqualTo("en");
        assertThat(outputs.configured("fr")).isEmpty();
    }

    @Test
    void keys_are_values_equal_to_the_constants_whatever_read_them() {
        assertThat(Output.ofKey("VI")).contains(Output.VI);
        assertThat(Output.ofKey("summary")).contains(Output.SUMMARY);
        assertThat(Output.ofKey("summary-ru")).contains(Output.editionSummary("ru"));
        assertThat(Output.ofKey("zh")).contains(Output.translation("zh"));
        assertThat(Set.of(Output.ofKey("ru").orElseThrow())).contains(Output.RU);
        assertThat(Output.ofKey("not a key")).isEmpty();
        assertThat(Output.ofKey("summary-")).isEmpty();
        assertThat(Output.ofKey(null)).isEmpty();
    }

    @Test
    void a_bad_configuration_stops_the_start_naming_the_property_and_the_entry() {
        assertThatThrownBy(() -> new Outputs(List.of("vi", "vietnamese"), List.of("source")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transdesk.outputs.translations").hasMessageContaining("'vietnamese'");
        assertThatThrownBy(() -> new Outputs(List.of("vi", "ru", "vi"), List.of()))
                .hasMessageContaining("transdesk.outputs.translations lists 'vi' twice");
        assertThatThrownBy(() -> new Outputs(List.of("vi"), List.of("source", "Source")))
                .hasMessageContaining("transdesk.outputs.summaries lists 'Source' twice");
        assertThatThrownBy(() -> new Outputs(List.of("vi"), List.of("1x")))
                .hasMessageContaining("transdesk.outputs.summaries").hasMessageContaining("'source'");
        assertThatThrownBy(() -> new Outputs(List.of(), List.of()))
                .hasMessageContaining("No outputs configured");
        assertThatThrownBy(() -> new Outputs(List.of("vi", " "), List.of()))
                .hasMessageContaining("empty entry");
    }

    @Test
    void a_language_without_a_profile_is_a_valid_target() {
        Outputs outputs = new Outputs(List.of("sw"), List.of("sw"));

        assertThat(outputs.keys()).containsExactly("sw", "summary-sw");
        assertThat(outputs.all().getFirst().label()).isEqualTo("sw");
    }

    @Test
    void outputs_no_longer_configured_stay_readable_after_the_configured_ones() {
        Outputs outputs = new Outputs(List.of("vi"), List.of("source"));

        assertThat(outputs.withStored(Set.of(Output.RU, Output.VI, Output.editionSummary("vi"))))
                .containsExactly(Output.VI, Output.SUMMARY, Output.RU, Output.editionSummary("vi"));
        assertThat(outputs.ordered(List.of(Output.RU, Output.SUMMARY, Output.VI))).containsExactly(Output.VI, Output.SUMMARY, Output.RU);
    }
}
