package org.transdesk.memory;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.transdesk.memory.internal.GlossaryCsv;

/** Reading glossary files for other features (e.g. command-line QA with a vendor's term list). */
public final class GlossaryFiles {

    private GlossaryFiles() {
    }

    /**
     * Terms from a glossary CSV as the app imports it: header {@code term}, one column per target
     * language ({@code vi}, {@code ru}, ...), optional {@code note}, {@code do_not_translate},
     * {@code case_sensitive} (yes/no, true/false, 1/0); comma or semicolon. Rows without a term are skipped.
     *
     * @throws IOException when the text cannot be read
     * @throws IllegalArgumentException when it is not such a CSV; the message names the line
     */
    public static List<GlossaryTerm> readCsv(Reader csv, String sourceLang) throws IOException {
        return GlossaryCsv.read(csv).stream().map(t -> t.asTerm(sourceLang)).toList();
    }
}
