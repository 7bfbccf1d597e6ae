package org.transdesk.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeTableTest {

    @Test
    void a_table_reads_back_as_written_with_awkward_data() {
        List<InlineCode> codes = List.of(InlineCode.paired(1, InlineCode.Type.BOLD), InlineCode.link(2, "https://x.org/a b\\c\nd"),
                InlineCode.standalone(3, InlineCode.Type.LINE_BREAK), new InlineCode(4, InlineCode.Kind.PAIRED, InlineCode.Type.OTHER, "<span class=\"x\">"));

        String stored = CodeTable.encode(codes);

        assertThat(stored).doesNotContain("\nd");
        assertThat(CodeTable.decode(stored)).isEqualTo(codes);
    }

    @Test
    void no_codes_is_stored_as_null_and_junk_is_refused() {
        assertThat(CodeTable.encode(List.of())).isNull();
        assertThat(CodeTable.decode(null)).isEmpty();
        assertThatThrownBy(() -> CodeTable.decode("1 Q BOLD")).isInstanceOf(IllegalArgumentException.class);
    }
}
