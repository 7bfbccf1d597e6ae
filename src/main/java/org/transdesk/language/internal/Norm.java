package org.transdesk.language.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The normal form words are compared in: NFC, lower case, ё→е, typographic apostrophe → ASCII. */
final class Norm {

    private Norm() {
    }

    static String of(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return n.replace('ё', 'е').replace('’', '\'');
    }
}
