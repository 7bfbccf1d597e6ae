package org.transdesk.memory;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The standards' own validators for the memory's exports, with the vendored schemas (see the NOTICE files
 * beside them): TBX v3 = core structure (RELAX NG, Jing) + TBX-Basic DCA constraints (ISO Schematron
 * compiled by SchXslt, run by Saxon); TMX 1.4b = its DTD (the JDK's validating parser). Each returns the
 * problems found, empty when the document is valid.
 */
public final class SchemaValidators {

    private SchemaValidators() {
    }

    public static List<String> tbxCore(byte[] tbx) throws Exception {
        Schema schema = new com.thaiopensource.relaxng.jaxp.XMLSyntaxSchemaFactory()
                .newSchema(resource("/tbx/TBXcoreStructV03.rng"));
        List<String> problems = new ArrayList<>();
        var validator = schema.newValidator();
        validator.setErrorHandler(collector(problems));
        validator.validate(new StreamSource(new ByteArrayInputStream(tbx)));
        return problems;
    }

    public static List<String> tbxBasicSchematron(byte[] tbx) throws Exception {
        TransformerFactory saxon = new net.sf.saxon.TransformerFactoryImpl();
        URL pipeline = resource("/xslt/2.0/pipeline-for-svrl.xsl");
        Templates compiler = saxon.newTemplates(new StreamSource(pipeline.openStream(), pipeline.toExternalForm()));
        StringWriter compiled = new StringWriter();
        URL sch = resource("/tbx/TBX-Basic_DCA.sch");
        compiler.newTransformer().transform(new StreamSource(sch.openStream(), sch.toExternalForm()), new StreamResult(compiled));
        StringWriter svrl = new StringWriter();
        saxon.newTransformer(new StreamSource(new StringReader(compiled.toString())))
                .transform(new StreamSource(new ByteArrayInputStream(tbx)), new StreamResult(svrl));
        List<String> problems = new ArrayList<>();
        Matcher failed = Pattern.compile("<svrl:failed-assert[^>]*location=\"([^\"]*)\"[^>]*>\\s*<svrl:text>(.*?)</svrl:text>", Pattern.DOTALL)
                .matcher(svrl.toString());
        while (failed.find()) {
            problems.add(failed.group(1) + ": " + failed.group(2).strip());
        }
        if (!svrl.toString().contains("schematron-output")) {
            problems.add("no SVRL report: " + svrl);
        }
        return problems;
    }

    /** Validates against the TMX 1.4b DTD, which TMX files do not name: the document type is added here. */
    public static List<String> tmx14(byte[] tmx) throws Exception {
        String xml = new String(tmx, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
        String withDoctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE tmx SYSTEM \"" + resource("/tmx/tmx14.dtd").toExternalForm() + "\">" + xml;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        List<String> problems = new ArrayList<>();
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(collector(problems));
        builder.parse(new InputSource(new StringReader(withDoctype)));
        return problems;
    }

    private static URL resource(String path) {
        URL url = SchemaValidators.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        return url;
    }

    private static ErrorHandler collector(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
    }
}
