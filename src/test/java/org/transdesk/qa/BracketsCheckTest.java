package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code brackets}: unbalanced brackets (ERROR) and quotes (WARNING) where the source is balanced. */
class BracketsCheckTest {

    static final String SRC = "The ASEAN Centre at the Moscow State Institute of International Relations (MGIMO) said "
            + "\"yes\".";

    @Test
    void balancedTargetsInAnyQuoteStylePass() {
        assertThat(check("brackets", "ru", SRC, "Центр АСЕАН при МГИМО (Москва) сказал «да».")).isEmpty();
        assertThat(check("brackets", "ru", SRC, "Центр (МГИМО) сказал «„да“, конечно»." )).isEmpty();
        assertThat(check("brackets", "vi", SRC, "Trung tâm ASEAN (MGIMO) nói “có”.")).isEmpty();
    }

    @Test
    void aMissingClosingBracketIsAnErrorAtTheOpeningOne() {
        String target = "Центр АСЕАН при МГИМО (Москва сказал «да».";
        List<QaFinding> f = check("brackets", "ru", SRC, target);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.start()).isEqualTo(target.indexOf('('));
        });
    }

    @Test
    void aStrayClosingBracketIsAnError() {
        assertThat(severities(check("brackets", "vi", SRC, "Trung tâm ASEAN MGIMO) nói “có”.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void anUnbalancedQuoteIsAWarning() {
        assertThat(severities(check("brackets", "ru", SRC, "Центр (МГИМО) сказал «да.")))
                .containsExactly(Severity.WARNING);
    }

    @Test
    void aSourceThatIsItselfUnbalancedIsNotHeldAgainstTheTarget() {
        // a sentence cut from a longer quotation, as in FLORES and WMT
        assertThat(check("brackets", "ru", "\"We know where to look.", "«Мы знаем, где искать.")).isEmpty();
        assertThat(check("brackets", "ru", "She said: 'That is not going to work.", "Она сказала: \"Не получится."))
                .isEmpty();
        assertThat(check("brackets", "ru", "1) the first point", "1) первый пункт")).isEmpty();
    }
}
