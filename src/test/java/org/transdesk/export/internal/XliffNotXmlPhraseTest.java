package org.transdesk.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.export.ExportException;

/**
 * Issue #15: an XLIFF file that is not well-formed XML is refused in the editor's language with the line and column to
 * look at; the XML parser's English only follows as a technical detail (on the old code it was the whole explanation).
 */
class XliffNotXmlPhraseTest {

    @Test
    void a_broken_xliff_is_refused_in_vietnamese_with_its_line_and_column() {
        String broken = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file>\n<body></file></xliff>";
        ExportException refused = catchThrowableOfType(ExportException.class, () -> XliffReader.read(broken.getBytes(StandardCharsets.UTF_8)));

        String vi = refused.phrase().orElseThrow().in(Locale.forLanguageTag("vi"));
        assertThat(vi).contains("lỗi ở dòng 3, cột ").contains("(chi tiết kỹ thuật: ").doesNotContain("ParseError");
        assertThat(refused.getMessage()).startsWith("The XLIFF file is not well-formed XML: the error is at line 3, column ");
    }
}
