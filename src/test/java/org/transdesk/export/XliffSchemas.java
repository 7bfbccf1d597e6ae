package org.transdesk.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The OASIS XLIFF schemas vendored in {@code src/test/resources/xliff} (see its README), loaded
 * offline: their import of {@code http://www.w3.org/2001/xml.xsd} is answered with the local copy.
 * {@link #validate} returns every error and warning, so a test can show the validator's output.
 */
final class XliffSchemas {

    private static final String W3C_XML = "/xliff/2.1/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd";

    private XliffSchemas() {
    }

    /** "1.2" (strict, with Transdesk's extension schema), "2.0" (OS) or "2.1" (core). */
    static Schema of(String version) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                "http://www.w3.org/2001/xml.xsd".equals(systemId) ? input(systemId, XliffSchemas.class.getResourceAsStream(W3C_XML)) : null);
        List<Source> sources = new ArrayList<>();
        switch (version) {
            case "1.2" -> {
                sources.add(source("/xliff/1.2/xliff-core-1.2-strict.xsd"));
                sources.add(source("/xliff/transdesk-xliff.xsd"));
            }
            case "2.0" -> sources.add(source("/xliff/2.0/xliff_core_2.0.xsd"));
            case "2.1" -> sources.add(source("/xliff/2.1/xliff_core_2.0.xsd"));
            default -> throw new IllegalArgumentException(version);
        }
        return factory.newSchema(sources.toArray(Source[]::new));
    }

    /** Every message the validator gives ("line:column message"); empty when the file is valid. */
    static List<String> validate(String version, byte[] xml) throws Exception {
        List<String> messages = new ArrayList<>();
        var validator = of(version).newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                messages.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                messages.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                messages.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return messages;
    }

    private static Source source(String resource) {
        URL url = XliffSchemas.class.getResource(resource);
        return new StreamSource(url.toExternalForm());
    }

    private static LSInput input(String systemId, InputStream in) {
        return new LSInput() {
            public java.io.Reader getCharacterStream() { return null; }
            public void setCharacterStream(java.io.Reader r) { }
            public InputStream getByteStream() { return in; }
            public void setByteStream(InputStream s) { }
            public String getStringData() { return null; }
            public void setStringData(String s) { }
            public String getSystemId() { return systemId; }
            public void setSystemId(String s) { }
            public String getPublicId() { return null; }
            public void setPublicId(String s) { }
            public String getBaseURI() { return null; }
            public void setBaseURI(String s) { }
            public String getEncoding() { return null; }
            public void setEncoding(String s) { }
            public boolean getCertifiedText() { return false; }
            public void setCertifiedText(boolean b) { }
        };
    }
}
