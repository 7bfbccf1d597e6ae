package org.transdesk.base;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Reading uploaded XML (TMX, TBX, XLIFF): no DTDs and no external entities, so no XXE or entity
 * bombs. Every parse error is an {@link XMLStreamException}: the JDK's parser throws some of its
 * own as unchecked exceptions (a malformed DOCTYPE such as {@code <!EN TITY ...>} gives a
 * {@code MissingResourceException} for its missing message), which readers catching only
 * {@code XMLStreamException} turned into server errors.
 */
public final class SafeXml {

    private SafeXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            return new CheckedErrors(factory.createXMLStreamReader(in));
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    private static XMLStreamException malformed(RuntimeException e) {
        XMLStreamException checked = new XMLStreamException("The XML is malformed (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        checked.initCause(e);
        return checked;
    }

    /** The parser's unchecked errors as {@link XMLStreamException}s, on the calls that move through the document. */
    private static final class CheckedErrors extends StreamReaderDelegate {

        CheckedErrors(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            try {
                return super.next();
            } catch (RuntimeException e) {
                throw malformed(e);
            }
        }

        @Override
        public int nextTag() throws XMLStreamException {
            try {
                return super.nextTag();
            } catch (RuntimeException e) {
                throw malformed(e);
            }
        }

        @Override
        public boolean hasNext() throws XMLStreamException {
            try {
                return super.hasNext();
            } catch (RuntimeException e) {
                throw malformed(e);
            }
        }

        @Override
        public String getElementText() throws XMLStreamException {
            try {
                return super.getElementText();
            } catch (RuntimeException e) {
                throw malformed(e);
            }
        }
    }
}
