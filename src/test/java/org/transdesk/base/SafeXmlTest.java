package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class SafeXmlTest {

    private static void readAll(String xml) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        while (reader.hasNext()) {
            reader.next();
        }
    }

    @Test
    void a_malformed_doctype_is_an_xml_stream_exception_not_the_parsers_unchecked_one() {
        // the JDK's parser throws MissingResourceException("InvalidCharInDTD") on a NUL there; the API fuzz test found it as a 500
        assertThatThrownBy(() -> readAll("<?xml version=\"1.0\"?><!DOCTYPE x [<!EN\u0000TITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
                .isInstanceOf(XMLStreamException.class);
    }

    @Test
    void an_external_entity_is_not_resolved() {
        assertThatThrownBy(() -> readAll("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
                .isInstanceOf(XMLStreamException.class);
    }
}
