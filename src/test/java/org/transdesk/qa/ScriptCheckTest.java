package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code script}: Cyrillic for Russian, Latin with Vietnamese diacritics for Vietnamese, no look-alike letters. */
class ScriptCheckTest {

    static List<QaFinding> script(String lang, String source, String target) {
        return check("script", lang, source, target);
    }

    @Test
    void russianMayKeepNamesAcronymsCodesAndAddressesInLatin() {
        assertThat(script("ru", "The ASEAN Centre at MGIMO and Saxo Bank's iPhone app, see www.example.com.",
                "Центр ASEAN при MGIMO и приложение Saxo Bank для iPhone, см. www.example.com или @saxo.")).isEmpty();
    }

    @Test
    void russianThatIsMostlyLatinIsAnError() {
        String src = "The two sides also highly valued the activities of the centre.";
        // English words that are not the source's: copied source words would be one "untranslated" finding instead
        assertThat(severities(script("ru", src, "Both parties greatly appreciated деятельность центра.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void aFewOrdinaryLatinWordsInARowAreAWarning() {
        assertThat(severities(script("ru", "He said it was a deal.", "Он сказал, что это was a deal, и ушёл домой.")))
                .containsExactly(Severity.WARNING);
    }

    @Test
    void lookAlikeLatinLettersInsideARussianWordAreAnError() {
        // Latin "c" in "cлучаях" (found in the FLORES human translation)
        List<QaFinding> f = script("ru", "It knew of 27 accidents.", "Ему было известно о 27 cлучаях.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.start()).isEqualTo("Ему было известно о 27 ".length());
            assertThat(x.end()).isEqualTo(x.start() + "cлучаях".length());
        });
    }

    @Test
    void hyphenatedMixedCompoundsAreFine() {
        assertThat(script("ru", "An IT company sent an SMS message.", "IT-компания отправила SMS-сообщение.")).isEmpty();
    }

    @Test
    void vietnameseWithoutDiacriticsIsAnError() {
        String src = "The two sides also committed to promoting joint efforts to overcome the pandemic.";
        assertThat(script("vi", src, "Hai bên cũng cam kết thúc đẩy nỗ lực chung nhằm vượt qua đại dịch.")).isEmpty();
        assertThat(severities(script("vi", src, "Hai ben cung cam ket thuc day no luc chung nham vuot qua dai dich.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void vietnameseKeepsForeignNamesWithoutBeingFlagged() {
        assertThat(script("vi", "Sara Danius spoke on Sveriges Radio in Stockholm.",
                "Sara Danius phát biểu trên Sveriges Radio ở Stockholm.")).isEmpty();
    }

    @Test
    void cyrillicInVietnameseIsAnErrorUnlessTheSourceHasIt() {
        assertThat(severities(script("vi", "The ministry said so.", "Bộ trưởng министерство cho biết như vậy.")))
                .containsExactly(Severity.ERROR);
        assertThat(script("vi", "The word дача means a country house.", "Từ дача nghĩa là nhà nghỉ ở nông thôn."))
                .isEmpty();
    }

    @Test
    void lettersOfAnotherScriptAreAWarning() {
        assertThat(severities(script("ru", "The festival is called hanami.", "Праздник называется 花見.")))
                .containsExactly(Severity.WARNING);
        assertThat(script("ru", "The festival is called 花見.", "Праздник называется 花見.")).isEmpty();
    }
}
