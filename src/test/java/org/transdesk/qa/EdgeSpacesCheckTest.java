package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.transdesk.qa.QaTestSupport.check;

import org.junit.jupiter.api.Test;

/** {@code edge-spaces}: stray leading and trailing whitespace. */
class EdgeSpacesCheckTest {

    @Test
    void leadingAndTrailingSpacesAreWarningsWithTheirSpans() {
        assertThat(check("edge-spaces", "vi", "Hello.", " Xin chào.\u00A0 "))
                .extracting(QaFinding::severity, QaFinding::start, QaFinding::end)
                .containsExactly(tuple(Severity.WARNING, 0, 1), tuple(Severity.WARNING, 10, 12));
    }

    @Test
    void aCleanParagraphPasses() {
        assertThat(check("edge-spaces", "ru", "Hello.", "Привет.")).isEmpty();
    }

    @Test
    void spacesTheSourceAlsoHasAreKept() {
        assertThat(check("edge-spaces", "ru", "  Indented quote.", "  Цитата с отступом.")).isEmpty();
    }
}
