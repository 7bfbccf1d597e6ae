package org.transdesk.memory;

import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.transdesk.memory.internal.TmxReader;

/** Reading TMX 1.4b files for other features (e.g. command-line QA of a vendor's memory). */
public final class TmxFiles {

    private TmxFiles() {
    }

    /**
     * The units of a TMX file, one per target language next to {@code sourceLang}, in file order.
     * DTDs and external entities are not processed.
     *
     * @throws XMLStreamException when the input is not well-formed XML
     */
    public static List<TranslationUnit> read(InputStream in, String sourceLang) throws XMLStreamException {
        return TmxReader.read(in, sourceLang, "tmx-file");
    }
}
