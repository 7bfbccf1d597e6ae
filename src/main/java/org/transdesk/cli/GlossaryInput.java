package org.transdesk.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.transdesk.memory.GlossaryFiles;
import org.transdesk.qa.GlossaryEntry;

/** A glossary CSV for the qa command, read with the app's own CSV reader and strict UTF-8. */
final class GlossaryInput {

    private GlossaryInput() {
    }

    static List<GlossaryEntry> read(Path csv, String sourceLang) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(TextLines.readAll(csv))).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("--glossary " + csv + " is not UTF-8 text");
        }
        try {
            List<GlossaryEntry> entries = GlossaryFiles.readCsv(new StringReader(text.replaceFirst("^\uFEFF", "")), sourceLang).stream()
                    .map(t -> new GlossaryEntry(t.term(), t.renderings(), t.doNotTranslate(), t.caseSensitive()))
                    .toList();
            if (entries.isEmpty()) {
                throw new BadInputException("--glossary " + csv + " holds no terms (expected a header with 'term' and language columns)");
            }
            return entries;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException("--glossary " + csv + " is not a glossary CSV: " + e.getMessage(), e);
        }
    }
}
