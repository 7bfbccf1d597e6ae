package org.transdesk.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.memory.TranslationUnit;

class TmxReaderTest {

    @Test
    void reads_every_target_language_of_the_sample_memory() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/samples/sample-tm.tmx"))) {
            List<TranslationUnit> units = TmxReader.read(in, "en", "sample");

            assertThat(units).hasSize(28);
            assertThat(units).extracting(TranslationUnit::targetLang).containsOnly("vi", "ru");
            assertThat(units).filteredOn(u -> u.segment().equals("sentence")).hasSize(4);
            assertThat(units.getFirst().sourceText()).isEqualTo("ASEAN, Russia look to further deepen strategic partnership");
        }
    }

    @Test
    void region_subtags_are_reduced_and_escaped_text_is_unescaped() throws Exception {
        String tmx = """
                <tmx version="1.4"><header srclang="en-US"/><body>
                <tu><tuv xml:lang="en-US"><seg>Tom &amp; Jerry</seg></tuv><tuv xml:lang="ru-RU"><seg>Том и Джерри</seg></tuv></tu>
                </body></tmx>""";

        List<TranslationUnit> units = TmxReader.read(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)), "en", "t");

        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.sourceText()).isEqualTo("Tom & Jerry");
            assertThat(u.targetLang()).isEqualTo("ru");
        });
    }

    @Test
    void external_entities_are_not_resolved() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>&secret;</seg></tuv><tuv xml:lang="vi"><seg>x</seg></tuv></tu></body></tmx>""";

        assertThatThrownBy(() -> TmxReader.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "en", "t"))
                .isInstanceOf(javax.xml.stream.XMLStreamException.class);
    }
}
