package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;

import org.junit.jupiter.api.Test;

/** {@code double-space}: runs of spaces inside a paragraph. */
class DoubleSpaceCheckTest {

    @Test
    void eachRunIsAWarningWithItsSpan() {
        assertThat(check("double-space", "ru", "Robin scored 70 runs.", "Робин  набрал 70   ранов."))
                .extracting(QaFinding::severity, QaFinding::start, QaFinding::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 5, 7),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 16, 19));
    }

    @Test
    void singleAndNoBreakSpacesAreFine() {
        assertThat(check("double-space", "ru", "It costs 10,000 rubles.", "Это стоит 10\u00A0000 рублей.")).isEmpty();
    }

    @Test
    void spacesAtTheEdgesAreLeftToEdgeSpaces() {
        assertThat(check("double-space", "vi", "Hello.", "  Xin chào.  ")).isEmpty();
    }
}
